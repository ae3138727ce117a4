using Leitmotif.Core.Retrieval;

namespace Leitmotif.Core.Tests.Retrieval;

public class TopKTests
{
    private const int Theme = 7;

    private static RankedMatch Entry(string recordingId, double cost) => new(Theme, recordingId, new ScoredMatch([new MatchSpan(cost, 1, 2)], 0, 1.0, 0));

    /// <summary>Distinct recordings with costs on a coarse grid, so that many costs tie and the id decides.</summary>
    private static List<RankedMatch> RandomEntries(Random random, int count) =>
        Enumerable.Range(0, count).Select(i => Entry($"rec-{random.Next(1000):D3}-{i}", random.Next(8) / 8.0)).ToList();

    /// <summary>The k best by sorting everything: cost ascending, then recording id in ordinal order.</summary>
    private static List<RankedMatch> SortAndTake(IEnumerable<RankedMatch> entries, int k) =>
        entries.OrderBy(e => e.Match.Cost).ThenBy(e => e.RecordingId, StringComparer.Ordinal).Take(k).ToList();

    private static List<List<RankedMatch>> RandomParts(Random random, List<RankedMatch> entries)
    {
        var parts = new List<List<RankedMatch>>();
        foreach (var entry in entries.OrderBy(_ => random.Next()))
        {
            if (parts.Count == 0 || random.Next(4) == 0) parts.Add([]);
            parts[random.Next(parts.Count)].Add(entry);
        }
        return parts;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 10)]
    [InlineData(4, 40)]
    [InlineData(5, 100)]
    public void MergingPartialRankingsInAnyGroupingEqualsSortingTheWholeUnion(int seed, int k)
    {
        var random = new Random(seed);
        var entries = RandomEntries(random, 60);
        var expected = SortAndTake(entries, k);

        for (int trial = 0; trial < 10; trial++)
        {
            var parts = RandomParts(random, entries).Select(part => TopK.Merge([], part, k)).ToList();
            var folded = parts.Aggregate((IReadOnlyList<RankedMatch>)[], (ranking, part) => TopK.Merge(ranking, part, k));
            while (parts.Count > 1)
            {
                int i = random.Next(parts.Count - 1);
                parts[i] = TopK.Merge(parts[i + 1], parts[i], k);
                parts.RemoveAt(i + 1);
            }

            Assert.Equal(expected, folded);
            Assert.Equal(expected, parts[0]);
        }
    }

    [Fact]
    public void ARecordingFoundTwiceIsKeptOnceWithItsLowerCost()
    {
        var merged = TopK.Merge([Entry("a", 0.5), Entry("b", 0.3)], [Entry("a", 0.2), Entry("b", 0.4), Entry("b", 0.3)], k: 5);

        Assert.Equal([Entry("a", 0.2), Entry("b", 0.3)], merged);
    }

    [Fact]
    public void ADuplicateDoesNotTakeTheSlotOfAnotherRecording()
    {
        var merged = TopK.Merge([Entry("a", 0.1), Entry("b", 0.2)], [Entry("a", 0.1), Entry("c", 0.3)], k: 3);

        Assert.Equal([Entry("a", 0.1), Entry("b", 0.2), Entry("c", 0.3)], merged);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void TheMergeIsOrderIndependent(int seed)
    {
        var random = new Random(seed);
        var entries = RandomEntries(random, 30);
        // Work items run again after a restart: some recordings arrive twice, with the same or a worse cost.
        var rerun = entries.Where(_ => random.Next(3) == 0).Select(e => e with { Match = e.Match with { Matches = [new MatchSpan(e.Match.Cost + random.Next(2), 1, 2)] } });
        var all = entries.Concat(rerun).ToList();
        var first = all.Take(all.Count / 2).ToList();
        var second = all.Skip(all.Count / 2).ToList();

        var reference = TopK.Merge(first, second, k: 8);

        Assert.Equal(reference, TopK.Merge(second, first, k: 8));
        Assert.Equal(reference, TopK.Merge(all.OrderBy(_ => random.Next()), [], k: 8));
        Assert.Equal(reference, TopK.Merge([], all.OrderByDescending(e => e.Match.Cost), k: 8));
        Assert.Equal(SortAndTake(entries, 8), reference);
    }

    [Fact]
    public void EqualCostsAreOrderedByOrdinalRecordingId()
    {
        var merged = TopK.Merge([Entry("b", 0.5), Entry("a", 0.5)], [Entry("B", 0.5), Entry("c", 0.1)], k: 4);

        Assert.Equal(["c", "B", "a", "b"], merged.Select(e => e.RecordingId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void KBelowOneIsRejected(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TopK.Merge([Entry("a", 0.1)], [], k));

    [Fact]
    public void RankingsOfDifferentThemesAreNotMerged() =>
        Assert.Throws<ArgumentException>(() => TopK.Merge([Entry("a", 0.1)], [Entry("b", 0.2) with { ThemeIndex = Theme + 1 }], k: 2));
}
