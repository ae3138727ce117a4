using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;
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

    private static IReadOnlyList<IReadOnlyList<RankedMatch>> ScoreAndRank(
        List<(string RecordingId, FeatureMatrix Features)> recordings, List<ThemeQuery> themes, bool transpose, int k, int matches = 1, int maxThreads = 2)
    {
        var scores = ShardMatcher.Score(recordings, themes, transpose, matches, maxThreads);
        return ShardMatcher.Rank(scores, new ThemeVersions(themes, transpose), scores.Spreads, k);
    }

    /// <summary>
    /// The ranking from first principles: every (theme, tempo version, transposition, recording) through the reference
    /// matching function; per tempo version the best transposition's minimum; each version's minima standardised over all
    /// recordings; each recording scored by its best version; the k best backtracked.
    /// </summary>
    private static List<List<RankedMatch>> BruteForce(
        List<(string RecordingId, FeatureMatrix Features)> recordings, List<ThemeQuery> themes, bool transpose, int k, int matches = 1)
    {
        var rankings = new List<List<RankedMatch>>();
        foreach (var theme in themes)
        {
            var versions = theme.Versions.Select(v => Enumerable.Range(0, transpose ? 12 : 1)
                .Select(shift => recordings.Select(r =>
                {
                    var query = ChromaShift.Rotate(v.Query, shift);
                    var delta = BatchedSubsequenceDtw.MatchingFunctions(new QueryStack([query]), r.Features, MatchScoring.Cost)[0];
                    var ends = delta.Any(float.IsFinite) ? SubsequenceDtw.FindMatches(delta, query.Frames, matches) : [];
                    return (Query: query, Shift: shift, Delta: delta, Ends: ends);
                }).ToList()).ToList()).ToList();
            var best = versions.Select(shifts => recordings.Select((_, r) => shifts.Select(s => s[r]).Where(s => s.Ends.Count > 0)
                .OrderBy(s => s.Delta[s.Ends[0]]).ThenBy(s => s.Shift).Select(s => ((int Shift, FeatureMatrix Query, float[] Delta, IReadOnlyList<int> Ends)?)(s.Shift, s.Query, s.Delta, s.Ends))
                .FirstOrDefault()).ToList()).ToList();
            var populations = best.Select(byRecording => byRecording.OfType<(int, FeatureMatrix, float[] Delta, IReadOnlyList<int> Ends)>()
                .Aggregate(new ScoreSpread(), (p, b) => p.Add(b.Delta[b.Ends[0]]))).ToList();
            var ranked = recordings.Select((r, i) => best.Select((byRecording, v) => (Version: v, Best: byRecording[i]))
                    .Where(x => x.Best is not null)
                    .Select(x => (x.Version, x.Best!.Value, Score: populations[x.Version].Standardise(x.Best!.Value.Delta[x.Best!.Value.Ends[0]])))
                    .OrderBy(x => x.Score).FirstOrDefault() is { Value.Query: not null } chosen ? (Recording: r, i, Chosen: chosen) : default)
                .Where(x => x.Recording.RecordingId is not null)
                .OrderBy(x => x.Chosen.Score).ThenBy(x => x.Recording.RecordingId, StringComparer.Ordinal)
                .Take(k)
                .Select(x =>
                {
                    var (version, chosen, _) = x.Chosen;
                    var population = populations[version];
                    var spans = new List<MatchSpan>();
                    foreach (int end in chosen.Ends)
                    {
                        var match = SubsequenceDtw.Backtrack(chosen.Query, x.Recording.Features, end, MatchScoring.Cost);
                        var span = new MatchSpan(population.Standardise(chosen.Delta[end]), match.StartFrame / Rate, (match.EndFrame + 1) / Rate);
                        if (!spans.Any(s => s.StartSeconds < span.EndSeconds && span.StartSeconds < s.EndSeconds)) spans.Add(span);
                    }
                    return new RankedMatch(theme.ThemeIndex, x.Recording.RecordingId,
                        new ScoredMatch(spans, chosen.Shift, theme.Versions[version].TempoFactor, population.Confidence(chosen.Delta[chosen.Ends[0]])));
                })
                .ToList();
            rankings.Add(ranked);
        }
        return rankings;
    }

    private static void AssertSameRankings(IEnumerable<IEnumerable<RankedMatch>> expected, IReadOnlyList<IReadOnlyList<RankedMatch>> actual)
    {
        var expectedRankings = expected.ToList();
        Assert.Equal(expectedRankings.Count, actual.Count);
        for (int t = 0; t < actual.Count; t++) Assert.Equal(expectedRankings[t], actual[t]);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(7, 3, true)]
    [InlineData(7, 10, false)]
    [InlineData(40, 1, false)]
    [InlineData(40, 5, true)]
    [InlineData(40, 100, false)]
    public void EachThemeGetsTheKBestRecordingsOfTheBruteForceRanking(int shardSize, int k, bool transpose)
    {
        var recordings = Recordings(seed: shardSize, shardSize);
        var themes = Themes(seed: 100 + k, count: 4);
        var expected = BruteForce(recordings, themes, transpose, k);

        var singleThreaded = ScoreAndRank(recordings, themes, transpose, k, maxThreads: 1);
        var multiThreaded = ScoreAndRank(recordings, themes, transpose, k, maxThreads: 4);

        Assert.Equal(Math.Min(k, shardSize), expected[0].Count);
        AssertSameRankings(expected, singleThreaded);
        AssertSameRankings(expected, multiThreaded);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(4, true)]
    public void SeveralMatchesPerRecordingEqualThoseOfTheBruteForce(int matches, bool transpose)
    {
        var recordings = Recordings(seed: 71, count: 12);
        var themes = Themes(seed: 72, count: 3);

        var rankings = ScoreAndRank(recordings, themes, transpose, k: 5, matches);

        AssertSameRankings(BruteForce(recordings, themes, transpose, k: 5, matches), rankings);
        Assert.Contains(rankings.SelectMany(r => r), entry => entry.Match.Matches.Count > 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    public void RankingSplitShardsWithTheirSummedSpreadsAndMergingEqualsRankingOneShard(int splitSize)
    {
        const int k = 5;
        var recordings = Recordings(seed: 21, count: 40);
        var themes = Themes(seed: 22, count: 3);
        var whole = ScoreAndRank(recordings, themes, transpose: false, k);

        var shards = recordings.Chunk(splitSize).Select(shard => ShardMatcher.Score(shard, themes, transpose: false, matches: 1, maxThreads: 2)).ToList();
        var populations = Enumerable.Range(0, shards[0].Spreads.Length)
            .Select(v => shards.Aggregate(new ScoreSpread(), (p, s) => p.Merge(s.Spreads[v]))).ToList();
        var merged = themes.Select(_ => (IReadOnlyList<RankedMatch>)[]).ToArray();
        foreach (var shard in shards)
        {
            var rankings = ShardMatcher.Rank(shard, new ThemeVersions(themes, transpose: false), populations, k);
            for (int t = 0; t < themes.Count; t++) merged[t] = TopK.Merge(merged[t], rankings[t], k);
        }

        Assert.Equal(whole.Count, merged.Length);
        for (int t = 0; t < themes.Count; t++)
        {
            Assert.Equal(whole[t].Select(e => e.RecordingId), merged[t].Select(e => e.RecordingId));
            Assert.Equal(whole[t].Select(e => e.Match.Cost), merged[t].Select(e => e.Match.Cost), (a, b) => Math.Abs(a - b) < 1e-9);
        }
    }

    [Fact]
    public void ARecordingTooShortForEveryVersionOfAThemeIsAbsentFromItsRankingAndItsSpread()
    {
        var random = new Random(31);
        var recordings = Recordings(seed: 32, count: 5);
        recordings.Add(("short", RandomChroma.Create(random, 3, Rate)));
        var themes = new List<ThemeQuery>
        {
            new(0, [(1.0, RandomChroma.Create(random, 12, Rate))]),
            new(1, [(1.0, RandomChroma.Create(random, 4, Rate))]),
        };

        var scores = ShardMatcher.Score(recordings, themes, transpose: false, matches: 1, maxThreads: 2);
        var rankings = ShardMatcher.Rank(scores, new ThemeVersions(themes, transpose: false), scores.Spreads, k: 10);

        Assert.Equal([5, 6], scores.Spreads.Select(s => s.Count));
        Assert.DoesNotContain(rankings[0], entry => entry.RecordingId == "short");
        Assert.Equal(5, rankings[0].Count);
        Assert.Contains(rankings[1], entry => entry.RecordingId == "short");
        Assert.Equal(6, rankings[1].Count);
    }

    [Fact]
    public void ACancelledTokenStopsTheScoring()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ShardMatcher.Score(Recordings(seed: 41, count: 7), Themes(seed: 42, count: 2), transpose: false, matches: 1, maxThreads: 2, cancellation.Token));
    }

    [Fact]
    public void RecordingIdsMustBeDistinct()
    {
        var recordings = Recordings(seed: 51, count: 3);
        recordings.Add((recordings[0].RecordingId, recordings[1].Features));

        Assert.Throws<ArgumentException>(() => ShardMatcher.Score(recordings, Themes(seed: 52, count: 1), transpose: false, matches: 1, maxThreads: 1));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void MatchesAndMaxThreadsBelowOneAreRejected(int matches, int maxThreads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ShardMatcher.Score(Recordings(seed: 61, count: 2), Themes(seed: 62, count: 1), transpose: false, matches, maxThreads));

    [Fact]
    public void KBelowOneAndVersionsOrPopulationsOfAnotherShapeAreRejected()
    {
        var themes = Themes(seed: 64, count: 1);
        var scores = ShardMatcher.Score(Recordings(seed: 63, count: 2), themes, transpose: false, matches: 1, maxThreads: 1);
        var versions = new ThemeVersions(themes, transpose: false);

        Assert.Throws<ArgumentOutOfRangeException>(() => ShardMatcher.Rank(scores, versions, scores.Spreads, k: 0));
        Assert.Throws<ArgumentException>(() => ShardMatcher.Rank(scores, versions, [.. scores.Spreads, new ScoreSpread()], k: 1));
        Assert.Throws<ArgumentException>(() => ShardMatcher.Rank(scores, new ThemeVersions([.. themes, themes[0] with { ThemeIndex = 99 }], transpose: false), scores.Spreads, k: 1));
    }

    /// <summary>Ten recordings of 200 random frames; the theme is cut from the one named "source".</summary>
    private static List<(string RecordingId, FeatureMatrix Features)> CollectionWithSource(int seed, out FeatureMatrix source)
    {
        var random = new Random(seed);
        var recordings = Enumerable.Range(0, 9).Select(i => ($"other-{i}", RandomChroma.Create(random, 200, Rate))).ToList();
        source = RandomChroma.Create(random, 200, Rate);
        recordings.Add(("source", source));
        return recordings;
    }

    [Fact]
    public void AThemeCutFromARecordingFindsItFirstWithItsSpanInSecondsAndAConvincingConfidence()
    {
        var recordings = CollectionWithSource(seed: 1, out var source);
        var theme = new ThemeQuery(0, [(1.0, RandomChroma.Cut(source, 40, 20))]);

        var top = ScoreAndRank(recordings, [theme], transpose: false, k: 3)[0][0];

        Assert.Equal("source", top.RecordingId);
        Assert.Equal(40 / Rate, top.Match.StartSeconds, 6);
        Assert.Equal(60 / Rate, top.Match.EndSeconds, 6);
        Assert.True(MatchScoring.IsConvincing(top.Match.Confidence), $"confidence {top.Match.Confidence}");
    }

    [Fact]
    public void ATransposedThemeIsFoundOnlyWithTranspositionInvariance()
    {
        var recordings = CollectionWithSource(seed: 2, out var source);
        var theme = new ThemeQuery(0, [(1.0, ChromaShift.Rotate(RandomChroma.Cut(source, 100, 25), 3))]);

        var plain = ScoreAndRank(recordings, [theme], transpose: false, k: 1)[0][0];
        var invariant = ScoreAndRank(recordings, [theme], transpose: true, k: 1)[0][0];

        Assert.False(MatchScoring.IsConvincing(plain.Match.Confidence), $"confidence without transposition {plain.Match.Confidence}");
        Assert.Equal("source", invariant.RecordingId);
        Assert.Equal(9, invariant.Match.Transposition);
        Assert.Equal(100 / Rate, invariant.Match.StartSeconds, 6);
    }

    /// <summary>Tempi four times apart, beyond what the step sizes (slopes 1/2 to 2) can warp, so only one version fits exactly,
    /// and the shortest version fits unrelated music best.</summary>
    [Theory]
    [InlineData(0.25)]
    [InlineData(1.0)]
    [InlineData(4.0)]
    public void TheTempoVersionThatFitsTheRecordingWinsWhateverItsLength(double performedTempo)
    {
        var recordings = CollectionWithSource(seed: 3, out var source);
        // The theme as performed: 20 frames of the source stretched or compressed by the tempo.
        var performed = RandomChroma.Cut(source, 60, 20, 1 / performedTempo);
        recordings[^1] = ("source", Splice(source, 60, performed));
        var notated = RandomChroma.Cut(source, 60, 20);
        var versions = new[] { 0.25, 1.0, 4.0 }.Select(f => (f, RandomChroma.Cut(notated, 0, 20, 1 / f))).ToList();

        var top = ScoreAndRank(recordings, [new ThemeQuery(0, versions)], transpose: false, k: 1)[0][0];

        Assert.Equal("source", top.RecordingId);
        Assert.Equal(performedTempo, top.Match.TempoFactor);
    }

    /// <summary><paramref name="features"/> with frames from <paramref name="at"/> replaced by <paramref name="insert"/>,
    /// the rest shifted to follow it.</summary>
    private static FeatureMatrix Splice(FeatureMatrix features, int at, FeatureMatrix insert)
    {
        var data = features.Data.Take(at * 12).Concat(insert.Data).Concat(features.Data.Skip((at + 20) * 12)).ToArray();
        return new FeatureMatrix(data, 12, features.FeatureRate);
    }
}
