using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Retrieval;

public class MatchInspectionTests
{
    private const double Rate = 5;

    [Fact]
    public void AThemeCutFromTheRecordingIsInspectedWhereItWasCutWithTheMatchingFunctionTheShardsUse()
    {
        var recording = RandomChroma.Create(new Random(31), 200, Rate);
        var query = RandomChroma.Cut(recording, 40, 20);

        var inspection = MatchInspection.Of(query, recording, matches: 2);

        Assert.Equal(BatchedSubsequenceDtw.MatchingFunctions(new QueryStack([query]), recording, MatchScoring.Cost)[0], inspection.MatchingFunction);
        Assert.Equal(2, inspection.Matches.Count);
        var (end, path) = inspection.Matches[0];
        Assert.Equal((40, 59, 59), (path.StartFrame, path.EndFrame, end.EndFrame));
        Assert.Equal(inspection.MatchingFunction[59], end.Cost);
        Assert.Equal(inspection.MatchingFunction.Min(), end.Cost);
        Assert.True(inspection.Matches[1].End.Cost >= end.Cost);
        Assert.Equal((query, Rate), (inspection.Query, inspection.FeatureRate));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ItsMatchesAreTheSpansTheShardRankingReports(int matches)
    {
        var random = new Random(32);
        var recordings = Enumerable.Range(0, 6).Select(i => ($"rec-{i}", RandomChroma.Create(random, 150, Rate))).ToList();
        var theme = new ThemeQuery(0, [(1.0, RandomChroma.Cut(recordings[4].Item2, 70, 25, 1.3))]);
        var scores = ShardMatcher.Score(recordings, [theme], transpose: false, matches, maxThreads: 1);
        var ranked = ShardMatcher.Rank(scores, new ThemeVersions([theme], false), scores.Spreads, k: 6)[0];

        foreach (var entry in ranked)
        {
            var features = recordings.Single(r => r.Item1 == entry.RecordingId).Item2;

            var inspection = MatchInspection.Of(theme.Versions[0].Query, features, matches);

            Assert.Equal(entry.Match.Matches.Select(s => (s.StartSeconds, s.EndSeconds)),
                inspection.Matches.Select(m => (m.Path.StartFrame / Rate, (m.Path.EndFrame + 1) / Rate)));
        }
        Assert.Equal("rec-4", ranked[0].RecordingId);
    }

    [Fact]
    public void FewerThanOneMatchIsRejected()
    {
        var recording = RandomChroma.Create(new Random(33), 50, Rate);

        Assert.Throws<ArgumentOutOfRangeException>(() => MatchInspection.Of(RandomChroma.Cut(recording, 0, 10), recording, matches: 0));
    }
}
