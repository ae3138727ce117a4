using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Retrieval;

public class ShardMatcherTests
{
    private const double Rate = 5;

    /// <summary>Recordings of 20–200 random chroma frames, with ids in no particular order.</summary>
    private static List<(string RecordingId, FeatureMatrix Features)> Recordings(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => ($"rec-{random.Next(10_000):D4}-{i}", RandomChroma.Create(random, random.Next(20, 201), Rate)))
            .ToList();
    }

    /// <summary>Themes of 5–15 frames with 1–3 tempo versions each, numbered from 10 so the index is not the position.</summary>
    private static List<ThemeQuery> Themes(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(t => new ThemeQuery(10 + t, Enumerable.Range(0, random.Next(1, 4))
                .Select(v => (0.8 + 0.2 * v, RandomChroma.Create(random, random.Next(5, 16), Rate)))
                .ToList()))
            .ToList();
    }

    /// <summary>Every (recording, theme) pair through <see cref="RecordingMatcher.Best"/>, sorted, first k.</summary>
    private static List<List<RankedMatch>> BruteForce(
        List<(string RecordingId, FeatureMatrix Features)> recordings, List<ThemeQuery> themes, bool transpose, int k, int matches = 1) =>
        themes.Select(theme => recordings
                .Select(r => RecordingMatcher.Best(r.Features, theme.Versions, transpose, matches) is { } match
                    ? new RankedMatch(theme.ThemeIndex, r.RecordingId, match)
                    : null)
                .OfType<RankedMatch>()
                .Order(TopK.Order)
                .Take(k)
                .ToList())
            .ToList();

    private static void AssertSameRankings(IEnumerable<IEnumerable<RankedMatch>> expected, IReadOnlyList<ShardRanking> actual)
    {
        var expectedRankings = expected.ToList();
        Assert.Equal(expectedRankings.Count, actual.Count);
        for (int t = 0; t < actual.Count; t++) Assert.Equal(expectedRankings[t], actual[t].Top);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(1, 3, true)]
    [InlineData(7, 1, false)]
    [InlineData(7, 3, true)]
    [InlineData(7, 10, false)]
    [InlineData(64, 1, false)]
    [InlineData(64, 3, false)]
    [InlineData(64, 10, true)]
    [InlineData(64, 100, false)]
    public void EachThemeGetsTheKBestRecordingsOfTheBruteForceRanking(int shardSize, int k, bool transpose)
    {
        var recordings = Recordings(seed: shardSize, shardSize);
        var themes = Themes(seed: 100 + k, count: 4);
        var expected = BruteForce(recordings, themes, transpose, k);

        var singleThreaded = ShardMatcher.Match(recordings, themes, transpose, k, matches: 1, maxThreads: 1);
        var multiThreaded = ShardMatcher.Match(recordings, themes, transpose, k, matches: 1, maxThreads: 4);

        Assert.Equal(Math.Min(k, shardSize), expected[0].Count);
        AssertSameRankings(expected, singleThreaded);
        AssertSameRankings(expected, multiThreaded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(40)]
    public void MergingTheRankingsOfSplitShardsEqualsMatchingOneShard(int splitSize)
    {
        const int k = 5;
        var recordings = Recordings(seed: 21, count: 64);
        var themes = Themes(seed: 22, count: 3);
        var whole = ShardMatcher.Match(recordings, themes, transpose: false, k, matches: 1, maxThreads: 2);

        var merged = themes.Select(_ => new ShardRanking([], new ScoreSpread())).ToArray();
        foreach (var shard in recordings.Chunk(splitSize))
        {
            var rankings = ShardMatcher.Match(shard, themes, transpose: false, k, matches: 1, maxThreads: 2);
            for (int t = 0; t < themes.Count; t++)
                merged[t] = new ShardRanking(TopK.Merge(merged[t].Top, rankings[t].Top, k), merged[t].Spread.Merge(rankings[t].Spread));
        }

        AssertSameRankings(whole.Select(w => w.Top), merged);
        for (int t = 0; t < themes.Count; t++)
        {
            Assert.Equal(whole[t].Spread.Count, merged[t].Spread.Count);
            Assert.Equal(whole[t].Spread.Sum, merged[t].Spread.Sum, 9);
        }
    }

    [Fact]
    public void ARecordingTooShortForEveryVersionOfAThemeIsAbsentFromItsRanking()
    {
        var random = new Random(31);
        var recordings = Recordings(seed: 32, count: 5);
        recordings.Add(("short", RandomChroma.Create(random, 3, Rate)));
        var themes = new List<ThemeQuery>
        {
            new(0, [(1.0, RandomChroma.Create(random, 12, Rate))]),
            new(1, [(1.0, RandomChroma.Create(random, 4, Rate))]),
        };

        var rankings = ShardMatcher.Match(recordings, themes, transpose: false, k: 10, matches: 1, maxThreads: 2);

        Assert.DoesNotContain(rankings[0].Top, entry => entry.RecordingId == "short");
        Assert.Equal(5, rankings[0].Top.Count);
        Assert.Equal(5, rankings[0].Spread.Count);
        Assert.Contains(rankings[1].Top, entry => entry.RecordingId == "short");
        Assert.Equal(6, rankings[1].Top.Count);
        Assert.Equal(6, rankings[1].Spread.Count);
    }

    [Fact]
    public void ACancelledTokenStopsTheMatching()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ShardMatcher.Match(
                Recordings(seed: 41, count: 7), Themes(seed: 42, count: 2), transpose: false, k: 3, matches: 1, maxThreads: 2, cancellation.Token));
    }

    [Fact]
    public void RecordingIdsMustBeDistinct()
    {
        var recordings = Recordings(seed: 51, count: 3);
        recordings.Add((recordings[0].RecordingId, recordings[1].Features));

        Assert.Throws<ArgumentException>(() => ShardMatcher.Match(recordings, Themes(seed: 52, count: 1), transpose: false, k: 3, matches: 1, maxThreads: 1));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    public void KMatchesAndMaxThreadsBelowOneAreRejected(int k, int matches, int maxThreads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ShardMatcher.Match(Recordings(seed: 61, count: 2), Themes(seed: 62, count: 1), transpose: false, k, matches, maxThreads));

    [Theory]
    [InlineData(2, false)]
    [InlineData(4, true)]
    public void SeveralMatchesPerRecordingEqualThoseOfTheBruteForce(int matches, bool transpose)
    {
        var recordings = Recordings(seed: 71, count: 12);
        var themes = Themes(seed: 72, count: 3);

        var rankings = ShardMatcher.Match(recordings, themes, transpose, k: 5, matches, maxThreads: 2);

        AssertSameRankings(BruteForce(recordings, themes, transpose, k: 5, matches), rankings);
        Assert.Contains(rankings.SelectMany(r => r.Top), entry => entry.Match.Matches.Count > 1);
    }

    [Fact]
    public void TheSpreadCountsTheBestScoreOfEveryRecordingThatCanHoldTheTheme()
    {
        var recordings = Recordings(seed: 81, count: 30);
        var themes = Themes(seed: 82, count: 2);

        var rankings = ShardMatcher.Match(recordings, themes, transpose: false, k: 3, matches: 1, maxThreads: 2);

        for (int t = 0; t < themes.Count; t++)
        {
            var costs = recordings.Select(r => RecordingMatcher.Best(r.Features, themes[t].Versions, transpose: false)?.Cost).OfType<double>().ToList();
            Assert.Equal(costs.Count, rankings[t].Spread.Count);
            Assert.Equal(costs.Sum(), rankings[t].Spread.Sum, 6);
            Assert.Equal(costs.Sum(c => c * c), rankings[t].Spread.SumOfSquares, 6);
        }
    }
}
