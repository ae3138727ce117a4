using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Tests.Retrieval;

public class RecordingMatcherTests
{
    private const double Rate = TestSupport.RandomChroma.FeatureRate;

    private static FeatureMatrix RandomChroma(int frames, int seed) => TestSupport.RandomChroma.Create(new Random(seed), frames);

    private static FeatureMatrix Cut(FeatureMatrix features, int start, int count) => TestSupport.RandomChroma.Cut(features, start, count);

    [Fact]
    public void AThemeCutFromTheRecordingIsFoundWithItsSpanInSeconds()
    {
        var recording = RandomChroma(200, seed: 1);

        var match = RecordingMatcher.Best(recording, [(1.0, Cut(recording, 40, 20))], transpose: false);

        Assert.NotNull(match);
        Assert.Equal(0, match.Cost, 4);
        Assert.Equal(40 / Rate, match.StartSeconds, 6);
        Assert.Equal(60 / Rate, match.EndSeconds, 6);
    }

    [Fact]
    public void ATransposedThemeIsFoundOnlyWithTranspositionInvariance()
    {
        var recording = RandomChroma(200, seed: 2);
        var transposed = ChromaShift.Rotate(Cut(recording, 100, 25), 3);

        var plain = RecordingMatcher.Best(recording, [(1.0, transposed)], transpose: false);
        var invariant = RecordingMatcher.Best(recording, [(1.0, transposed)], transpose: true);

        Assert.True(plain!.Cost > 0.05, $"cost without transposition {plain.Cost}");
        Assert.Equal(0, invariant!.Cost, 4);
        Assert.Equal(9, invariant.Transposition);
        Assert.Equal(100 / Rate, invariant.StartSeconds, 6);
    }

    [Fact]
    public void TheBestTempoVersionWins()
    {
        var recording = RandomChroma(200, seed: 3);
        var unrelated = RandomChroma(20, seed: 4);

        var match = RecordingMatcher.Best(recording, [(2.0, unrelated), (1.0, Cut(recording, 10, 20)), (0.5, unrelated)], transpose: false);

        Assert.Equal(1.0, match!.TempoFactor);
    }

    [Fact]
    public void AQueryTooLongForTheRecordingHasNoMatch()
    {
        var recording = RandomChroma(10, seed: 5);

        Assert.Null(RecordingMatcher.Best(recording, [(1.0, RandomChroma(40, seed: 6))], transpose: false));
    }
}
