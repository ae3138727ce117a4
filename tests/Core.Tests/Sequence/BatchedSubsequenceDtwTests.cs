using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Sequence;

/// <summary>
/// The batched kernel against the single-query reference. Values are compared bit for bit: both compute
/// <c>C = 1 − ⟨x, y⟩</c> with fused multiply-adds in dimension order starting from 0, and D with the same additions and
/// (exact) minima, so no rounding differs. Only the statistics, summed in one pass, are compared within 1e-12.
/// </summary>
public class BatchedSubsequenceDtwTests
{
    /// <summary>Vector widths 128, 256 and 512 bits (those the CPU lacks run in .NET's software fallback), and tile sizes
    /// from one query per tile to all queries in one tile.</summary>
    public static TheoryData<int, int> Layouts() => new()
    {
        { 4, 1 }, { 4, 4096 }, { 8, 1 }, { 8, 60 }, { 8, 4096 }, { 16, 1 }, { 16, 4096 },
    };

    /// <summary>Query lengths below, at and above the vector widths, and N = 1.</summary>
    private static readonly int[] MixedLengths = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64];

    private static List<FeatureMatrix> Queries(Random random, IEnumerable<int> lengths) =>
        lengths.Select(N => RandomChroma.Create(random, N)).ToList();

    [Theory]
    [MemberData(nameof(Layouts))]
    public void MatchingFunctionsEqualTheSingleQueryReferenceBitForBit(int lanes, int rowsPerTile)
    {
        var random = new Random(lanes * 7919 + rowsPerTile);
        var queries = Queries(random, MixedLengths);
        var stack = new QueryStack(queries, lanes, rowsPerTile);
        foreach (int M in new[] { 1, 2, 3, 20, 129 })
        {
            var recording = RandomChroma.Create(random, M);

            var deltas = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerQueryFrame);

            for (int q = 0; q < queries.Count; q++)
                Assert.Equal(SubsequenceDtw.MatchingFunction(queries[q], recording), deltas[q]);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PerPathCellEqualsBacktrackCostAtEveryEndBitForBit(int lanes, int rowsPerTile)
    {
        var random = new Random(lanes * 104729 + rowsPerTile);
        var queries = Queries(random, [1, 3, 8, 13, 24]);
        var recording = RandomChroma.Create(random, 70);

        var deltas = BatchedSubsequenceDtw.MatchingFunctions(new QueryStack(queries, lanes, rowsPerTile), recording, MatchCost.PerPathCell);

        for (int q = 0; q < queries.Count; q++)
        {
            var reference = SubsequenceDtw.MatchingFunction(queries[q], recording);
            for (int m = 0; m < recording.Frames; m++)
            {
                if (float.IsPositiveInfinity(reference[m])) Assert.True(float.IsPositiveInfinity(deltas[q][m]), $"q={q} m={m}");
                else Assert.Equal(SubsequenceDtw.Backtrack(queries[q], recording, m, MatchCost.PerPathCell).Cost, deltas[q][m]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void OneHotQueriesLookedUpEqualTheSingleQueryReferenceBitForBit(int lanes, int rowsPerTile)
    {
        var random = new Random(lanes * 15485863 + rowsPerTile);
        var queries = MixedLengths.Select(N => RandomChroma.OneHot(random, N)).ToList();
        var stack = new QueryStack(queries, lanes, rowsPerTile);
        foreach (int M in new[] { 1, 2, 3, 20, 129 })
        {
            var recording = RandomChroma.Create(random, M);

            var perFrame = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerQueryFrame);
            var perCell = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerPathCell);

            for (int q = 0; q < queries.Count; q++)
            {
                var reference = SubsequenceDtw.MatchingFunction(queries[q], recording);
                Assert.Equal(reference, perFrame[q]);
                for (int m = 0; m < M; m++)
                {
                    if (float.IsPositiveInfinity(reference[m])) Assert.True(float.IsPositiveInfinity(perCell[q][m]), $"q={q} m={m}");
                    else Assert.Equal(SubsequenceDtw.Backtrack(queries[q], recording, m, MatchCost.PerPathCell).Cost, perCell[q][m]);
                }
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    public void PathLengthIsTheCellCountOfTheBestOfAllWarpingPaths(int lanes)
    {
        var random = new Random(lanes);
        for (int M = 1; M <= 8; M++)
        {
            var queries = Queries(random, [1, 2, 3, 4, 5]);
            var recording = RandomChroma.Create(random, M);
            var stack = new QueryStack(queries, lanes, rowsPerTile: 4096);

            var perFrame = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerQueryFrame);
            var perCell = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerPathCell);

            for (int q = 0; q < queries.Count; q++)
            {
                int N = queries[q].Frames;
                var paths = WarpingPaths.All(queries[q], recording);
                for (int m = 0; m < M; m++)
                {
                    string at = $"N={N} M={M} m={m}";
                    if (WarpingPaths.BestEndingAt(paths, m) is not { } best)
                    {
                        Assert.True(float.IsPositiveInfinity(perCell[q][m]), at);
                        continue;
                    }

                    // Δ per frame × N / Δ per cell = D × L / D recovers the tracked length L.
                    Assert.Equal(best.Cells, (int)Math.Round(perFrame[q][m] * N / perCell[q][m]));
                    Assert.True(Math.Abs(perCell[q][m] - best.Cost / best.Cells) < 1e-5, $"{at}: {perCell[q][m]} vs {best.Cost / best.Cells}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ScanFindsTheReferenceMinimumAndStatisticsOfEveryQuery(int lanes, int rowsPerTile)
    {
        var random = new Random(lanes * 31 + rowsPerTile);
        var queries = Queries(random, MixedLengths);
        var stack = new QueryStack(queries, lanes, rowsPerTile);
        var ends = new MatchEnd[queries.Count];
        var scans = new QueryScan[queries.Count];
        foreach (var cost in new[] { MatchCost.PerQueryFrame, MatchCost.PerPathCell })
        {
            foreach (int M in new[] { 1, 6, 90 })
            {
                var recording = RandomChroma.Create(random, M);
                var deltas = BatchedSubsequenceDtw.MatchingFunctions(stack, recording, cost);

                BatchedSubsequenceDtw.Scan(stack, recording, cost, maxMatches: 1, ends, scans);

                for (int q = 0; q < queries.Count; q++)
                {
                    var expected = SubsequenceDtw.FindMatches(deltas[q], queries[q].Frames, 1);
                    Assert.Equal(expected.Select(m => new MatchEnd(m, deltas[q][m])), ends.AsSpan(q, scans[q].EndCount).ToArray());
                    AssertStatistics(deltas[q], scans[q]);
                }
            }
        }
    }

    [Theory]
    [InlineData(8, 1, 3)]
    [InlineData(8, 4096, 5)]
    [InlineData(4, 100, 20)]
    [InlineData(16, 4096, 2)]
    public void ScanWithSeveralMatchesPicksWhatFindMatchesPicksOnTheReferenceDelta(int lanes, int rowsPerTile, int maxMatches)
    {
        var random = new Random(maxMatches);
        var queries = Queries(random, [1, 4, 9, 17, 40]);
        var recording = RandomChroma.Create(random, 300);
        var ends = new MatchEnd[queries.Count * maxMatches];
        var scans = new QueryScan[queries.Count];

        BatchedSubsequenceDtw.Scan(new QueryStack(queries, lanes, rowsPerTile), recording, MatchCost.PerQueryFrame, maxMatches, ends, scans);

        for (int q = 0; q < queries.Count; q++)
        {
            var delta = SubsequenceDtw.MatchingFunction(queries[q], recording);
            var expected = SubsequenceDtw.FindMatches(delta, queries[q].Frames, maxMatches).Select(m => new MatchEnd(m, delta[m]));
            Assert.Equal(expected, ends.AsSpan(q * maxMatches, scans[q].EndCount).ToArray());
            AssertStatistics(delta, scans[q]);
        }
    }

    [Fact]
    public void AQueryLongerThanFitsHasNoEndsAndNoFiniteDelta()
    {
        var random = new Random(2);
        var queries = Queries(random, [3, 12]); // 12 frames need at least 7 recording frames
        var ends = new MatchEnd[2 * 2];
        var scans = new QueryScan[2];

        BatchedSubsequenceDtw.Scan(new QueryStack(queries), RandomChroma.Create(random, 5), MatchCost.PerQueryFrame, 2, ends, scans);

        Assert.Equal((1, 4), (scans[0].EndCount, scans[0].DeltaCount));
        Assert.Equal(new QueryScan(0, 0, double.NaN, double.NaN), scans[1]);
    }

    [Fact]
    public void ConcurrentScansOfOneStackEqualASingleScan()
    {
        var random = new Random(3);
        var stack = new QueryStack(Queries(random, MixedLengths));
        var recordings = Enumerable.Range(0, 8).Select(i => RandomChroma.Create(random, 50 + 40 * i)).ToList();
        MatchEnd[] Ends(FeatureMatrix recording)
        {
            var ends = new MatchEnd[stack.Count * 2];
            BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerPathCell, 2, ends, new QueryScan[stack.Count]);
            return ends;
        }

        var sequential = recordings.Select(Ends).ToList();
        var parallel = recordings.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Ends).ToList();

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ScanAllocatesNothingOnceItsThreadHasScratch(int maxMatches)
    {
        var random = new Random(6);
        var stack = new QueryStack(Queries(random, MixedLengths), lanes: 8, rowsPerTile: 60);
        var recording = RandomChroma.Create(random, 200);
        var ends = new MatchEnd[stack.Count * maxMatches];
        var scans = new QueryScan[stack.Count];
        BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerPathCell, maxMatches, ends, scans);

        long before = GC.GetAllocatedBytesForCurrentThread();
        BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerPathCell, maxMatches, ends, scans);
        BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerQueryFrame, maxMatches, ends, scans);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    public static TheoryData<FeatureMatrix> BadRecordings() => new()
    {
        new FeatureMatrix(0, 12, RandomChroma.FeatureRate),
        new FeatureMatrix(5, 11, RandomChroma.FeatureRate),
        new FeatureMatrix(5, 12, 25),
    };

    [Theory]
    [MemberData(nameof(BadRecordings))]
    public void ScanRejectsEmptyOrMismatchedRecordings(FeatureMatrix recording)
    {
        var stack = new QueryStack([RandomChroma.Create(new Random(4), 3)]);

        Assert.ThrowsAny<ArgumentException>(() => BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerQueryFrame, 1, new MatchEnd[1], new QueryScan[1]));
        Assert.ThrowsAny<ArgumentException>(() => BatchedSubsequenceDtw.MatchingFunctions(stack, recording, MatchCost.PerQueryFrame));
    }

    [Theory]
    [InlineData(0, 2, 2)]
    [InlineData(2, 3, 2)]
    [InlineData(1, 2, 1)]
    public void ScanRejectsNonPositiveMatchCountsAndShortBuffers(int maxMatches, int endSlots, int scanSlots)
    {
        var random = new Random(5);
        var stack = new QueryStack(Queries(random, [3, 4]));

        var e = Assert.ThrowsAny<ArgumentException>(() => BatchedSubsequenceDtw.Scan(
            stack, RandomChroma.Create(random, 9), MatchCost.PerQueryFrame, maxMatches, new MatchEnd[endSlots], new QueryScan[scanSlots]));
        Assert.Matches("maxMatches=|ends has|scans has", e.Message);
    }

    /// <summary>Count, mean and population standard deviation of the finite values, computed in two passes in double.</summary>
    private static void AssertStatistics(float[] delta, QueryScan scan)
    {
        var finite = delta.Where(float.IsFinite).Select(d => (double)d).ToList();
        Assert.Equal(finite.Count, scan.DeltaCount);
        if (finite.Count == 0)
        {
            Assert.True(double.IsNaN(scan.DeltaMean) && double.IsNaN(scan.DeltaStandardDeviation));
            return;
        }

        double mean = finite.Average();
        double deviation = Math.Sqrt(finite.Sum(d => (d - mean) * (d - mean)) / finite.Count);
        Assert.Equal(mean, scan.DeltaMean, 1e-12);
        Assert.Equal(deviation, scan.DeltaStandardDeviation, 1e-12);
    }
}
