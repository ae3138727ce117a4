using Leitmotif.Core.Audio;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model;

public class ChromaModelTests
{
    [Fact]
    public void ProbabilitiesSumToOneAndChromaRowsAreUnitNorm()
    {
        const int frames = 40;
        using var model = new ChromaModel(TestWeights.Random(seed: 1));

        var output = model.Infer(new HcqtFrames(TestWeights.RandomInput(frames, seed: 2), frames));

        Assert.Equal(frames, output.Frames);
        Assert.Equal(frames * 13, output.Probabilities.Length);
        Assert.Equal(frames * 12, output.Chroma.Length);
        for (int t = 0; t < frames; t++)
        {
            Assert.Equal(1.0, output.Probabilities.Skip(t * 13).Take(13).Sum(p => (double)p), 5);
            Assert.Equal(1.0, Math.Sqrt(output.Chroma.Skip(t * 12).Take(12).Sum(c => (double)c * c)), 5);
        }
    }

    [Fact]
    public void AgreesWithThePlainReferenceForwardPass()
    {
        const int frames = 12;
        var weights = TestWeights.Random(seed: 3);
        var input = TestWeights.RandomInput(frames, seed: 4);
        using var model = new ChromaModel(weights, new InferencePath(InferencePrecision.Fp32));

        var actual = model.Infer(new HcqtFrames(input, frames)).Probabilities;
        var expected = ReferenceChromaNetwork.Probabilities(weights, input, frames);

        Assert.True(expected.Max() - expected.Min() > 0.05, "random weights should give non-trivial probabilities");
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-4, $"frame {i / 13} class {i % 13}: {expected[i]} vs {actual[i]}");
        }
    }

    /// <summary>
    /// Each path against a plain TorchSharp fp32 forward of the same network on a contiguous NCHW copy of the input (the
    /// benchmark's baseline), the published model on the published recordings: fp32 (channels-last) within 1e-4 on every
    /// probability; bf16 (8-bit mantissa) within 0.05 on any probability and 0.005 on average (an emulated bf16 forward of
    /// 40 frames of op. 67 differed by at most 0.015, 0.0003 on average).
    /// </summary>
    [SkippableTheory]
    [InlineData(InferencePrecision.Fp32, "Beethoven_Op067-01_DavidHighSchool.wav")]
    [InlineData(InferencePrecision.Fp32, "Beethoven_Op002-2-01_Pitman.wav")]
    [InlineData(InferencePrecision.Bf16, "Beethoven_Op067-01_DavidHighSchool.wav")]
    public void EveryPathAgreesWithAPlainFp32ForwardOnThePublishedAudio(InferencePrecision precision, string file)
    {
        Skip.If(SharedData.ModelsFolder == null, SharedData.ModelsMissing);
        Skip.If(precision == InferencePrecision.Bf16 && !CpuOffer.Current.Avx512Bf16,
            $"this CPU has no native BF16 (it offers {CpuOffer.Current}), where a bf16 forward is emulated and far too slow");
        var weights = new ModelCatalog(SharedData.ModelsFolder!).Load("v2_ctc_train345valid1");
        HcqtFrames input;
        using (var audio = AudioReader.Open(Path.Combine(SharedData.Folder!, "ctc_chroma", "audio", file)))
            input = Hcqt.Magnitudes(audio).ToFrames();
        using var model = new ChromaModel(weights, new InferencePath(precision));

        var expected = PlainForward(weights, input);
        var actual = model.Infer(input).Probabilities;

        var (maxTolerance, meanTolerance) = precision == InferencePrecision.Fp32 ? (1e-4, 1e-4) : (0.05, 0.005);
        var differences = expected.Zip(actual, (x, y) => Math.Abs((double)x - y)).ToList();
        Assert.True(differences.Max() <= maxTolerance, $"max difference {differences.Max():G3} > {maxTolerance}");
        Assert.True(differences.Average() <= meanTolerance, $"mean difference {differences.Average():G3} > {meanTolerance}");
    }

    /// <summary>Probabilities of the network run once over the whole input, as a contiguous NCHW tensor, in fp32.</summary>
    private static float[] PlainForward(ModelWeights weights, HcqtFrames input)
    {
        using var network = ChromaNetwork.FromWeights(weights);
        network.eval();
        using var noGrad = TorchSharp.torch.no_grad();
        using var frameMajor = TorchSharp.torch.tensor(input.Data, [1, input.Frames, HcqtFrames.Bins, HcqtFrames.Harmonics]);
        using var nchw = frameMajor.permute(0, 3, 1, 2).contiguous();
        using var probabilities = network.forward(nchw);
        return probabilities.data<float>().ToArray();
    }

    [Theory]
    [InlineData(20, 3)]
    [InlineData(7, 1)]
    [InlineData(289, 2)]
    public void ChunkedInferenceEqualsOneWholePass(int chunkFrames, int chunksPerBatch)
    {
        const int frames = 300;
        var weights = TestWeights.Random(seed: 5);
        var input = new HcqtFrames(TestWeights.RandomInput(frames, seed: 6), frames);
        var path = new InferencePath(InferencePrecision.Fp32);
        using var whole = new ChromaModel(weights, path, new ChromaInferenceOptions(ChunkFrames: frames));
        using var chunked = new ChromaModel(weights, path, new ChromaInferenceOptions(chunkFrames, chunksPerBatch));

        var expected = whole.Infer(input);
        var actual = chunked.Infer(input);

        AssertClose(expected.Probabilities, actual.Probabilities, 1e-5);
        AssertClose(expected.Chroma, actual.Chroma, 1e-5);
    }

    [Fact]
    public void FramesSuppliedByRangeGiveTheSameResultAsTheWholeArray()
    {
        const int frames = 100, chunkFrames = 30;
        var data = TestWeights.RandomInput(frames, seed: 7);
        using var model = new ChromaModel(TestWeights.Random(seed: 8), options: new ChromaInferenceOptions(chunkFrames));
        var requested = new List<(int T0, int T1)>();

        var expected = model.Infer(new HcqtFrames(data, frames));
        var actual = model.Infer(frames, (t0, t1) =>
        {
            requested.Add((t0, t1));
            return new HcqtFrames(data[(t0 * 216 * 6)..(t1 * 216 * 6)], t1 - t0);
        });

        Assert.Equal(expected.Probabilities, actual.Probabilities);
        Assert.All(requested, r => Assert.InRange(r.T1 - r.T0, 1, chunkFrames + 10));
        Assert.Equal(4, requested.Count);
    }

    [Fact]
    public void SuppliedRangeOfTheWrongLengthIsRejected()
    {
        using var model = new ChromaModel(TestWeights.Random(seed: 9));

        var error = Assert.Throws<ArgumentException>(() =>
            model.Infer(10, (t0, t1) => new HcqtFrames(new float[(t1 - t0 - 1) * 216 * 6], t1 - t0 - 1)));

        Assert.Contains("Frames=9", error.Message);
    }

    [Fact]
    public void InputWhoseDataDoesNotMatchItsFramesIsRejected()
    {
        using var model = new ChromaModel(TestWeights.Random(seed: 10));

        var error = Assert.Throws<ArgumentException>(() => model.Infer(new HcqtFrames(new float[216 * 6 * 2], 3)));

        Assert.Contains("2592 values", error.Message);
    }

    [Fact]
    public void EmptyInputGivesEmptyOutput()
    {
        using var model = new ChromaModel(TestWeights.Random(seed: 11));

        var output = model.Infer(new HcqtFrames([], 0));

        Assert.Equal(0, output.Frames);
        Assert.Empty(output.Probabilities);
        Assert.Empty(output.Chroma);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(100, 0)]
    public void OptionsOutOfRangeAreRejected(int chunkFrames, int? chunksPerBatch)
    {
        var options = new ChromaInferenceOptions(chunkFrames, chunksPerBatch);

        var error = Assert.Throws<ArgumentException>(() => new ChromaModel(TestWeights.Random(seed: 12), options: options));

        Assert.Contains($"ChunkFrames={chunkFrames}", error.Message);
    }

    [Fact]
    public void DeviceIsTheCpuHere()
    {
        using var model = new ChromaModel(TestWeights.Random(seed: 13));

        Assert.Equal("CPU", model.DeviceName);
        Assert.Equal("random-13", model.ModelId);
    }

    [Fact]
    public void ZeroPitchClassRowBecomesUniformChroma()
    {
        float[] probabilities = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0, 0];

        var chroma = ChromaModel.NormalisedChroma(probabilities, 2);

        Assert.All(chroma.Take(12), c => Assert.Equal(1f / MathF.Sqrt(12f), c, 6));
        Assert.Equal([0, 0, 0, 0.6f, 0, 0, 0, 0.8f, 0, 0, 0, 0], chroma.Skip(12));
    }

    private static void AssertClose(float[] expected, float[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"index {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
