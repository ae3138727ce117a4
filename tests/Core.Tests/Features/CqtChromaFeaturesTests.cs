using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.Audio;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Features;

public class CqtChromaFeaturesTests
{
    private const int Rate = 22050;
    private static readonly CqtChromaFeatures Features = new();

    [Fact]
    public void KindIsCqtAtTwentyFiveHertz()
    {
        Assert.Equal("cqt", Features.Kind);
        Assert.Equal(25.0, Features.FeatureRate);
    }

    [Theory]
    [InlineData(440.0, 9)]    // A4
    [InlineData(261.63, 0)]   // C4
    [InlineData(110.0, 9)]    // A2
    [InlineData(1479.98, 6)]  // F#6
    public void PureToneLandsInItsPitchClass(double frequency, int expectedClass)
    {
        FeatureMatrix chroma = Compute(TestSignals.Sine(frequency, Rate, 2 * Rate));

        Assert.Equal(50, chroma.Frames);
        for (int m = 10; m < 40; m++)
        {
            Span<float> frame = chroma.Frame(m);
            Assert.Equal(expectedClass, frame.IndexOf(Max(frame)));
        }
    }

    [Fact]
    public void FramesHaveUnitNormAndSilenceIsUniform()
    {
        var y = new float[3 * Rate];
        TestSignals.Sine(523.25, Rate, Rate).CopyTo(y, 0);
        FeatureMatrix chroma = Compute(y);

        for (int m = 0; m < chroma.Frames; m++)
        {
            double sum = 0;
            foreach (float v in chroma.Frame(m)) sum += (double)v * v;
            Assert.Equal(1.0, sum, 5);
        }
        Assert.All(chroma.Frame(chroma.Frames - 1).ToArray(), v => Assert.Equal(1 / MathF.Sqrt(12), v, 6));
    }

    [Fact]
    public void FromNotesIsUnitNormOneHotChromaAtTheFeatureRate()
    {
        Note[] notes = [new(0.0, 0.2, 60), new(0.2, 0.3, 69)];
        FeatureMatrix chroma = Features.FromNotes(notes);

        Assert.Equal(25.0, chroma.FeatureRate);
        Assert.Equal(13, chroma.Frames); // ⌈0.5 s · 25⌉
        for (int m = 0; m < chroma.Frames; m++)
        {
            int expected = m < 5 ? 0 : 9;
            Assert.Equal(1f, chroma[m, expected]);
            Assert.Equal(1f, chroma.Frame(m).ToArray().Sum());
        }
    }

    [Fact]
    public void OptionsWithoutTheFundamentalThrow()
    {
        var e = Assert.Throws<ArgumentException>(() => new CqtChromaFeatures(new HcqtOptions(Harmonics: [0.5, 2])));
        Assert.Contains("must include 1", e.Message);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(30)]
    public void BinsThatDoNotCentreOnSemitonesThrow(int binsPerOctave)
    {
        var e = Assert.Throws<ArgumentException>(() => new CqtChromaFeatures(new HcqtOptions(BinsPerOctave: binsPerOctave, Bins: 3 * binsPerOctave)));
        Assert.Contains($"BinsPerOctave={binsPerOctave}", e.Message);
    }

    [Fact]
    public void ClassesAreWeightedByMagnitudeNotByDecibels()
    {
        // A4 at amplitude 1 and C5 at 0.1: magnitudes differ tenfold (-20 dB, which the dB scale would turn into 1 vs 0.75).
        float[] a = TestSignals.Sine(440.0, Rate, 2 * Rate);
        float[] c = TestSignals.Sine(523.25, Rate, 2 * Rate);
        float[] y = a.Select((v, i) => 0.5f * (v + 0.1f * c[i])).ToArray();

        var frame = Compute(y).Frame(25).ToArray();

        Assert.InRange(frame[9] / frame[0], 5, 20);
    }

    private static FeatureMatrix Compute(float[] y)
    {
        using var audio = MonoAudioStream.FromSamples(y, Rate);
        return Features.Compute(audio);
    }

    private static float Max(Span<float> v)
    {
        float m = float.MinValue;
        foreach (float x in v) m = Math.Max(m, x);
        return m;
    }
}
