using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Tests.Audio;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Features;

public class CensFeaturesTests
{
    private const int Rate = 22050;
    private static readonly Note[] CDE = [new(0, 1, 60), new(1, 1, 62), new(2, 1, 64)];

    [Fact]
    public void KindIsCensAtFiveFramesPerSecond()
    {
        var features = new CensFeatures();
        Assert.Equal("cens", features.Kind);
        Assert.Equal(5.0, features.FeatureRate);
    }

    [Fact]
    public void ThemeCdeIsDominatedByCThenDThenE()
    {
        FeatureMatrix query = new CensFeatures().FromNotes(CDE);

        Assert.Equal(5.0, query.FeatureRate);
        Assert.Equal(15, query.Frames); // 30 one-hot frames at 10 Hz, every second one kept
        int[] winners = Enumerable.Range(0, query.Frames).Select(j => ArgMax(query.Frame(j))).ToArray();
        Assert.Equal([0, 0, 0, 0, 0], winners[0..5]);
        Assert.Equal([2, 2, 2, 2], winners[6..10]);
        Assert.Equal([4, 4, 4, 4], winners[11..15]);
        // At each note change (1 s = CENS frame 5, 2 s = frame 10) the centred window weighs both notes equally.
        Assert.Equal(query[5, 0], query[5, 2], 1e-6f);
        Assert.Equal(query[10, 2], query[10, 4], 1e-6f);
        AssertUnitNorm(query);
    }

    [Fact]
    public void ToneAt440HzGivesPitchClassAInEveryFrame()
    {
        using MonoAudioStream audio = MonoAudioStream.FromSamples(TestSignals.Sine(440, Rate, 3 * Rate), Rate);
        FeatureMatrix cens = new CensFeatures().Compute(audio);

        Assert.Equal(16, cens.Frames); // 31 chroma frames at 10 Hz → frames 0, 2, …, 30
        for (int j = 0; j < cens.Frames; j++) Assert.Equal(9, ArgMax(cens.Frame(j)));
        AssertUnitNorm(cens);
    }

    [Fact]
    public void RecordingOfTheThemeMatchesItsQueryFrameByFrame()
    {
        float[] y = [.. TestSignals.Sine(261.63, Rate, Rate), .. TestSignals.Sine(293.66, Rate, Rate), .. TestSignals.Sine(329.63, Rate, Rate)];
        var features = new CensFeatures();
        using MonoAudioStream audio = MonoAudioStream.FromSamples(y, Rate);

        FeatureMatrix recording = features.Compute(audio);
        FeatureMatrix query = features.FromNotes(CDE);

        for (int j = 0; j < query.Frames; j++)
        {
            float similarity = 0;
            for (int k = 0; k < 12; k++) similarity += recording[j, k] * query[j, k];
            Assert.True(similarity > 0.9f, $"frame {j}: cosine similarity {similarity}");
        }
    }

    [Fact]
    public void InvalidOptionsAreRejectedAtConstruction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CensFeatures(new ChromaOptions(HopLength: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CensFeatures(cens: new CensOptions(Downsampling: 0)));
    }

    private static int ArgMax(Span<float> v)
    {
        int best = 0;
        for (int k = 1; k < v.Length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    private static void AssertUnitNorm(FeatureMatrix features)
    {
        for (int j = 0; j < features.Frames; j++)
        {
            double sum = 0;
            foreach (float v in features.Frame(j)) sum += v * v;
            Assert.Equal(1.0, Math.Sqrt(sum), 1e-5);
        }
    }
}
