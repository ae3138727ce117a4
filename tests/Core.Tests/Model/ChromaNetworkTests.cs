using Leitmotif.Core.Model;
using static TorchSharp.torch;

namespace Leitmotif.Core.Tests.Model;

public class ChromaNetworkTests
{
    [Fact]
    public void ParameterNamesAndShapesAreThoseOfModelWeights()
    {
        using var network = new ChromaNetwork();

        var parameters = network.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

        Assert.Equal(TestWeights.Shapes.Keys.Order(), parameters.Keys.Order());
        foreach (var (name, shape) in TestWeights.Shapes)
        {
            Assert.Equal(shape.Select(d => (long)d), parameters[name]);
        }
    }

    [Fact]
    public void OnlyThePitchClassPoolingIsFrozen()
    {
        using var network = new ChromaNetwork();

        var frozen = network.named_parameters().Where(p => !p.parameter.requires_grad).Select(p => p.name);

        Assert.Equal(["pitchclass.bias", "pitchclass.weight"], frozen.Order());
    }

    [Fact]
    public void ShapeMismatchNamesTheTensorAndBothShapes()
    {
        var tensors = TestWeights.Zero();
        tensors["conv5.weight"] = new NamedTensor("conv5.weight", [8, 32, 42, 3], new float[8 * 32 * 42 * 3]);

        var error = Assert.Throws<ArgumentException>(() => ChromaNetwork.FromWeights(new ModelWeights("m", tensors)));

        Assert.Contains("'conv5.weight'", error.Message);
        Assert.Contains("(8, 32, 42, 3)", error.Message);
        Assert.Contains("(8, 32, 3, 42)", error.Message);
    }

    [Fact]
    public void DataLengthNotMatchingTheShapeIsRejected()
    {
        var tensors = TestWeights.Zero();
        tensors["blank.bias"] = new NamedTensor("blank.bias", [1], new float[2]);

        var error = Assert.Throws<ArgumentException>(() => ChromaNetwork.FromWeights(new ModelWeights("m", tensors)));

        Assert.Contains("'blank.bias'", error.Message);
    }

    [Theory]
    [InlineData("salience.bias", null)]
    [InlineData("conv6.weight", "conv6.weight")]
    public void MissingOrUnknownTensorIsNamed(string name, string? added)
    {
        var tensors = TestWeights.Zero();
        if (added is null)
        {
            tensors.Remove(name);
        }
        else
        {
            tensors[added] = new NamedTensor(added, [1], [0f]);
        }

        var error = Assert.Throws<ArgumentException>(() => ChromaNetwork.FromWeights(new ModelWeights("m", tensors)));

        Assert.Contains(name, error.Message);
    }

    [Theory]
    [InlineData(1, 0)] // Bins 0–19 read the padding below: 20 bins.
    [InlineData(1, 41)] // Bins 195–215 read the padding above: 21 bins.
    [InlineData(1, 20)] // Centre tap: identity.
    [InlineData(0, 20)] // Frame 0 reads the padding before.
    [InlineData(2, 20)] // The last frame reads the padding after.
    public void Conv5PadsOneFrameEachSideAndTwentyBinsBelowTwentyOneAbove(int tapFrame, int tapBin)
    {
        // Channel 0 carries harmonic 0 unchanged through conv1–conv4 (positive input, so LeakyReLU is the identity);
        // conv5 has a single tap, so salience(t, b) = sigmoid(x(t + tapFrame − 1, b + tapBin − 20)), 0 in the padding.
        const int frames = 4;
        var tensors = TestWeights.Zero();
        foreach (string layer in new[] { "conv1", "conv2", "conv3", "conv4" })
        {
            tensors[$"{layer}.weight"] = OneTap($"{layer}.weight", 1, 1);
        }

        tensors["conv5.weight"] = OneTap("conv5.weight", tapFrame, tapBin);
        tensors["salience.weight"] = TestWeights.Filled("salience.weight", 1f);
        using var network = ChromaNetwork.FromWeights(new ModelWeights("taps", tensors));
        var input = new float[frames * 216 * 6];
        for (int t = 0; t < frames; t++)
        {
            for (int b = 0; b < 216; b++)
            {
                input[(t * 216 + b) * 6] = Ramp(t, b);
            }
        }

        using var x = tensor(input, [1, frames, 216, 6]).permute(0, 3, 1, 2);
        using var salience = network.Salience(x);

        Assert.Equal([1L, frames, 216], salience.shape);
        var actual = salience.data<float>().ToArray();
        for (int t = 0; t < frames; t++)
        {
            for (int b = 0; b < 216; b++)
            {
                int tIn = t + tapFrame - 1, bIn = b + tapBin - 20;
                bool inside = tIn is >= 0 and < frames && bIn is >= 0 and < 216;
                float expected = 1f / (1f + MathF.Exp(-(inside ? Ramp(tIn, bIn) : 0f)));
                Assert.True(Math.Abs(expected - actual[t * 216 + b]) < 1e-6, $"t={t} b={b}");
            }
        }
    }

    [Theory]
    [InlineData(50f, 18f)] // Salience 1 everywhere: each pitch class sums 6 octaves × 3 bins.
    [InlineData(0f, 9f)] // Salience 0.5 everywhere.
    public void ForcedSaliencePoolsThreeBinsPerSemitoneOverSixOctaves(float salienceBias, float expectedPitchClass)
    {
        var tensors = TestWeights.Zero();
        tensors["salience.bias"] = TestWeights.Filled("salience.bias", salienceBias);
        tensors["blank.weight"] = TestWeights.Filled("blank.weight", 0.01f);
        tensors["blank.bias"] = TestWeights.Filled("blank.bias", 0.5f);
        using var network = ChromaNetwork.FromWeights(new ModelWeights("forced", tensors));
        using var x = rand(1, 6, 3, 216);

        using var logits = network.Logits(x);
        using var probabilities = network.forward(x);

        float salience = 1f / (1f + MathF.Exp(-salienceBias));
        float blank = 216 * 0.01f * salience + 0.5f;
        var expectedLogits = Enumerable.Repeat(expectedPitchClass, 12).Append(blank).ToArray();
        float partition = expectedLogits.Sum(MathF.Exp);
        var actualLogits = logits.data<float>().ToArray();
        var actualProbabilities = probabilities.data<float>().ToArray();
        for (int i = 0; i < actualLogits.Length; i++)
        {
            Assert.Equal(expectedLogits[i % 13], actualLogits[i], 4);
            Assert.Equal(MathF.Exp(expectedLogits[i % 13]) / partition, actualProbabilities[i], 5);
        }
    }

    [Fact]
    public void ActiveBinsLandInTheirPitchClass()
    {
        // Identity path to the salience, sharpened so an input of 1 gives salience 1 and 0 gives 0: bins 40, 41 and 76
        // (semitone 1 of octaves 1 and 2) all pool into C♯.
        var tensors = TestWeights.Zero();
        foreach (string layer in new[] { "conv1", "conv2", "conv3", "conv4" })
        {
            tensors[$"{layer}.weight"] = OneTap($"{layer}.weight", 1, 1);
        }

        tensors["conv5.weight"] = OneTap("conv5.weight", 1, 20);
        tensors["salience.weight"] = TestWeights.Filled("salience.weight", 100f);
        tensors["salience.bias"] = TestWeights.Filled("salience.bias", -50f);
        using var network = ChromaNetwork.FromWeights(new ModelWeights("csharp", tensors));
        var input = new float[1 * 216 * 6];
        foreach (int bin in new[] { 40, 41, 76 })
        {
            input[bin * 6] = 1f;
        }

        using var x = tensor(input, [1, 1, 216, 6]).permute(0, 3, 1, 2);
        using var logits = network.Logits(x);

        var actual = logits.data<float>().ToArray();
        float[] expected = [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal(expected, actual, (a, b) => Math.Abs(a - b) < 1e-5f);
    }

    private static float Ramp(int t, int b) => (1 + t * 216 + b) / 1000f;

    private static NamedTensor OneTap(string name, int tapFrame, int tapBin)
    {
        var tensor = TestWeights.Filled(name, 0f);
        int kernelFrames = tensor.Shape[2], kernelBins = tensor.Shape[3];
        int inChannels = tensor.Shape[1];
        tensor.Data[((0 * inChannels + 0) * kernelFrames + tapFrame) * kernelBins + tapBin] = 1f;
        return tensor;
    }
}
