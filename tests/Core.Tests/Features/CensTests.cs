using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class CensTests
{
    private static readonly CensOptions Options = new();

    [Theory]
    [InlineData(0.0f, 0)]
    [InlineData(0.0499f, 0)]
    [InlineData(0.05f, 1)]
    [InlineData(0.0999f, 1)]
    [InlineData(0.1f, 2)]
    [InlineData(0.2f, 3)]
    [InlineData(0.3999f, 3)]
    [InlineData(0.4f, 4)]
    [InlineData(1.0f, 4)]
    public void QuantisationFollowsTheBooksThresholds(float value, float expected)
    {
        Assert.Equal(expected, Cens.Quantize(value));
    }

    [Fact]
    public void ConstantChromaGivesItsQuantisedProfileL2Normalised()
    {
        // L1-normalised: 8/15, 4/15, 2/15, 1/15 = 0.53, 0.27, 0.13, 0.067 → quantised 4, 3, 2, 1; smoothing a constant
        // sequence keeps the profile.
        float[] profile = [8, 4, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        FeatureMatrix cens = Cens.FromChroma(Repeat(profile, 30), Options);

        float norm = MathF.Sqrt(16 + 9 + 4 + 1);
        float[] expected = [4 / norm, 3 / norm, 2 / norm, 1 / norm, 0, 0, 0, 0, 0, 0, 0, 0];
        for (int j = 0; j < cens.Frames; j++)
            for (int k = 0; k < 12; k++) Assert.Equal(expected[k], cens[j, k], 1e-6f);
    }

    [Theory]
    [InlineData(30, 2, 15)]
    [InlineData(31, 2, 16)]
    [InlineData(31, 10, 4)]
    [InlineData(1, 2, 1)]
    [InlineData(0, 2, 0)]
    public void DownsamplingKeepsEveryDthFrameStartingAtZero(int frames, int d, int expectedFrames)
    {
        FeatureMatrix cens = Cens.FromChroma(new FeatureMatrix(frames, 12, 10.0), Options with { Downsampling = d });

        Assert.Equal(expectedFrames, cens.Frames);
        Assert.Equal(10.0 / d, cens.FeatureRate);
    }

    [Fact]
    public void EveryFrameHasUnitL2Norm()
    {
        var random = new Random(2020);
        var chroma = new FeatureMatrix(200, 12, 10.0);
        for (int i = 0; i < chroma.Data.Length; i++) chroma.Data[i] = (float)Math.Pow(random.NextDouble(), 4) * 1000;
        chroma.Frame(50).Clear(); // silent frames too
        chroma.Frame(51).Clear();

        FeatureMatrix cens = Cens.FromChroma(chroma, Options);

        for (int j = 0; j < cens.Frames; j++)
        {
            double sum = 0;
            foreach (float v in cens.Frame(j)) sum += v * v;
            Assert.Equal(1.0, Math.Sqrt(sum), 1e-5);
        }
    }

    [Fact]
    public void SilenceBecomesTheUniformVector()
    {
        FeatureMatrix cens = Cens.FromChroma(new FeatureMatrix(10, 12, 10.0), Options);

        Assert.All(cens.Data, v => Assert.Equal(1 / MathF.Sqrt(12), v, 1e-6f));
    }

    [Fact]
    public void SmoothingIsCentredOnTheKeptFrame()
    {
        // Class C for chroma frames 0..19, G for 20..39. CENS frame 10 is chroma frame 20: scipy's periodic Hann of length 21
        // (w[0] = 0, symmetric about 10.5) weighs frames 11..19 (C) exactly as much as 20..29 (G), so C and G tie there,
        // and the frames either side mirror each other.
        var chroma = new FeatureMatrix(40, 12, 10.0);
        for (int m = 0; m < 40; m++) chroma[m, m < 20 ? 0 : 7] = 1;

        FeatureMatrix cens = Cens.FromChroma(chroma, Options);

        Assert.Equal(1 / MathF.Sqrt(2), cens[10, 0], 1e-6f);
        Assert.Equal(1 / MathF.Sqrt(2), cens[10, 7], 1e-6f);
        Assert.Equal(cens[9, 0], cens[11, 7], 1e-6f);
        Assert.Equal(cens[9, 7], cens[11, 0], 1e-6f);
        Assert.True(cens[9, 0] > cens[9, 7]);
        Assert.Equal(1f, cens[5, 0], 1e-6f); // more than ℓ/2 = 10 frames from the change: untouched
        Assert.Equal(1f, cens[15, 7], 1e-6f);
    }

    private static FeatureMatrix Repeat(float[] frame, int frames)
    {
        var matrix = new FeatureMatrix(frames, frame.Length, 10.0);
        for (int m = 0; m < frames; m++) frame.CopyTo(matrix.Frame(m));
        return matrix;
    }
}
