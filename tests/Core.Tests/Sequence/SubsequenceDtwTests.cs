using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Tests.Sequence;

public class SubsequenceDtwTests
{
    private const float Tolerance = 1e-5f;

    [Fact]
    public void AccumulatedCostOfUnitVectorsMatchesHandComputedMatrix()
    {
        // x = (C, D), y = (C, D, D) as one-hot chroma: cost 0 where the classes agree, 1 elsewhere.
        var query = new FeatureMatrix(2, 12, 10) { [0, 0] = 1, [1, 2] = 1 };
        var recording = new FeatureMatrix(3, 12, 10) { [0, 0] = 1, [1, 2] = 1, [2, 2] = 1 };

        var D = SubsequenceDtw.AccumulatedCost(query, recording);

        Assert.Equal(new float[,] { { 0, 1, 1 }, { float.PositiveInfinity, 0, 0 } }, D);
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(37, 300)]
    [InlineData(64, 100)]
    public void MatchingFunctionEqualsLastRowOfAccumulatedCostDividedByNBitForBit(int N, int M)
    {
        // Both sum the inner product with fused multiply-adds in dimension order, so every rounding is the same.
        var random = new Random(N * 1000 + M);
        var query = RandomChroma.Create(random, N);
        var recording = RandomChroma.Create(random, M);

        var delta = SubsequenceDtw.MatchingFunction(query, recording);
        var D = SubsequenceDtw.AccumulatedCost(query, recording);

        Assert.Equal(Enumerable.Range(0, M).Select(m => D[N - 1, m] / N), delta);
    }

    [Fact]
    public void MatchingFunctionEqualsBestOfAllWarpingPathsForEveryEnd()
    {
        var random = new Random(7);
        for (int N = 1; N <= 4; N++)
        {
            for (int M = 1; M <= 7; M++)
            {
                var query = RandomChroma.Create(random, N);
                var recording = RandomChroma.Create(random, M);
                var paths = WarpingPaths.All(query, recording);

                var delta = SubsequenceDtw.MatchingFunction(query, recording);

                for (int m = 0; m < M; m++)
                {
                    var ending = paths.Where(p => p.End == m).ToList();
                    if (ending.Count == 0)
                    {
                        Assert.True(float.IsPositiveInfinity(delta[m]), $"N={N} M={M} m={m}");
                        continue;
                    }

                    double best = ending.Min(p => p.Cost) / N;
                    Assert.True(Math.Abs(best - delta[m]) < Tolerance, $"N={N} M={M} m={m}: {delta[m]} vs {best}");
                }
            }
        }
    }

    [Theory]
    [InlineData(MatchCost.PerQueryFrame)]
    [InlineData(MatchCost.PerPathCell)]
    public void BacktrackReturnsStartCellsAndCostOfTheBestPathEndingThere(MatchCost cost)
    {
        var random = new Random(11);
        for (int N = 1; N <= 5; N++)
        {
            for (int M = 1; M <= 8; M++)
            {
                var query = RandomChroma.Create(random, N);
                var recording = RandomChroma.Create(random, M);
                var paths = WarpingPaths.All(query, recording);
                var delta = SubsequenceDtw.MatchingFunction(query, recording);

                foreach (var end in paths.Select(p => p.End).Distinct())
                {
                    var best = WarpingPaths.BestEndingAt(paths, end)!.Value;

                    var match = SubsequenceDtw.Backtrack(query, recording, end, cost);

                    string at = $"N={N} M={M} end={end}";
                    Assert.Equal((best.Start, end, best.Cells), (match.StartFrame, match.EndFrame, match.PathCells));
                    double expected = best.Cost / (cost == MatchCost.PerQueryFrame ? N : best.Cells);
                    Assert.True(Math.Abs(match.Cost - expected) < Tolerance, $"{at}: {match.Cost} vs {expected}");
                    if (cost == MatchCost.PerQueryFrame) Assert.Equal(delta[end], match.Cost);
                }
            }
        }
    }

    [Fact]
    public void OptimalPathOfUnitVectorsIsTheHandTracedOneWithTiesGoingToTheDiagonalStep()
    {
        // x = (C, D, E), y = (G, C, D, D, E, G) as one-hot chroma. Two paths of cost 0 end at frame 4, (0,1) (1,2) (2,4) and
        // (0,1) (1,3) (2,4); going back from (2,4), D[1,3] = D[1,2] = 0 and the (1,1) step is preferred.
        var query = new FeatureMatrix(3, 12, 10) { [0, 0] = 1, [1, 2] = 1, [2, 4] = 1 };
        var recording = new FeatureMatrix(6, 12, 10) { [0, 7] = 1, [1, 0] = 1, [2, 2] = 1, [3, 2] = 1, [4, 4] = 1, [5, 7] = 1 };

        var path = SubsequenceDtw.OptimalPath(query, recording, 4);

        Assert.Equal([(0, 1), (1, 3), (2, 4)], path.Cells);
        Assert.Equal(0f, path.AccumulatedCost);
        Assert.Equal((1, 4), (path.StartFrame, path.EndFrame));
    }

    [Fact]
    public void OptimalPathTakesAdmissibleStepsAndCostsWhatTheBestPathEndingThereCosts()
    {
        var random = new Random(17);
        for (int N = 1; N <= 5; N++)
        {
            for (int M = 1; M <= 8; M++)
            {
                var query = RandomChroma.Create(random, N);
                var recording = RandomChroma.Create(random, M);
                var paths = WarpingPaths.All(query, recording);

                foreach (var end in paths.Select(p => p.End).Distinct())
                {
                    var best = WarpingPaths.BestEndingAt(paths, end)!.Value;

                    var path = SubsequenceDtw.OptimalPath(query, recording, end);

                    string at = $"N={N} M={M} end={end}";
                    Assert.Equal((0, N - 1, end), (path.Cells[0].QueryFrame, path.Cells[^1].QueryFrame, path.EndFrame));
                    Assert.All(path.Cells.Zip(path.Cells.Skip(1)), step =>
                        Assert.Contains((step.Second.QueryFrame - step.First.QueryFrame, step.Second.RecordingFrame - step.First.RecordingFrame),
                            new[] { (1, 1), (2, 1), (1, 2) }));
                    double cost = path.Cells.Sum(c => 1 - Enumerable.Range(0, 12).Sum(k => (double)query[c.QueryFrame, k] * recording[c.RecordingFrame, k]));
                    Assert.True(Math.Abs(cost - best.Cost) < Tolerance, $"{at}: path costs {cost}, best {best.Cost}");
                    Assert.True(Math.Abs(path.AccumulatedCost - best.Cost) < Tolerance, $"{at}: {path.AccumulatedCost} vs {best.Cost}");
                    var match = SubsequenceDtw.Backtrack(query, recording, end);
                    Assert.Equal((match.StartFrame, match.PathCells), (path.StartFrame, path.Cells.Count));
                }
            }
        }
    }

    [Fact]
    public void BacktrackWithoutCostIsPerQueryFrame()
    {
        var random = new Random(13);
        var query = RandomChroma.Create(random, 9);
        var recording = RandomChroma.Create(random, 40);

        Assert.Equal(SubsequenceDtw.Backtrack(query, recording, 30, MatchCost.PerQueryFrame), SubsequenceDtw.Backtrack(query, recording, 30));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.6)]
    [InlineData(1.6)]
    public void ThemeCutFromTheRecordingIsFoundWhereItWasCutEvenWhenStretched(double factor)
    {
        var recording = RandomChroma.Create(new Random(3), 200);
        var query = RandomChroma.Cut(recording, 40, 20, factor);

        var delta = SubsequenceDtw.MatchingFunction(query, recording);
        int end = SubsequenceDtw.FindMatches(delta, exclusionRadius: 10, maxCount: 1).Single();
        var match = SubsequenceDtw.Backtrack(query, recording, end);

        Assert.InRange(match.EndFrame, 58, 60);
        Assert.InRange(match.StartFrame, 39, 41);
        if (factor == 1)
        {
            Assert.Equal(new Match(40, 59, match.Cost, 20), match);
            Assert.InRange(match.Cost, 0f, Tolerance);
        }
    }

    [Fact]
    public void FindMatchesReturnsMinimaBestFirstOutsideEachOthersExclusionRadius()
    {
        float[] delta = [5, 1, 2, 0.5f, 3, 4, 0.2f, 6, float.PositiveInfinity];

        Assert.Equal([6, 3, 1], SubsequenceDtw.FindMatches(delta, exclusionRadius: 1, maxCount: 10));
        Assert.Equal([6, 3], SubsequenceDtw.FindMatches(delta, exclusionRadius: 1, maxCount: 2));
        Assert.Equal([6, 1], SubsequenceDtw.FindMatches(delta, exclusionRadius: 3, maxCount: 10));
        Assert.Equal([6, 3, 1, 2, 4, 5, 0, 7], SubsequenceDtw.FindMatches(delta, exclusionRadius: 0, maxCount: 10));
    }

    [Fact]
    public void FindMatchesOfAllInfiniteDeltaIsEmpty()
    {
        Assert.Empty(SubsequenceDtw.FindMatches([float.PositiveInfinity, float.PositiveInfinity], 0, 5));
    }

    public static TheoryData<FeatureMatrix, FeatureMatrix> BadPairs() => new()
    {
        { new FeatureMatrix(0, 12, 10), new FeatureMatrix(5, 12, 10) },
        { new FeatureMatrix(3, 12, 10), new FeatureMatrix(0, 12, 10) },
        { new FeatureMatrix(3, 12, 10), new FeatureMatrix(5, 11, 10) },
        { new FeatureMatrix(3, 12, 10), new FeatureMatrix(5, 12, 25) },
    };

    [Theory]
    [MemberData(nameof(BadPairs))]
    public void EveryPhaseRejectsEmptyOrMismatchedInputs(FeatureMatrix query, FeatureMatrix recording)
    {
        Assert.ThrowsAny<ArgumentException>(() => SubsequenceDtw.MatchingFunction(query, recording));
        Assert.ThrowsAny<ArgumentException>(() => SubsequenceDtw.AccumulatedCost(query, recording));
        Assert.ThrowsAny<ArgumentException>(() => SubsequenceDtw.Backtrack(query, recording, 0));
        Assert.ThrowsAny<ArgumentException>(() => SubsequenceDtw.Backtrack(query, recording, 0, MatchCost.PerPathCell));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(20)]
    [InlineData(1)] // a 5-frame query needs at least 2 recording frames: no path ends at frame 1
    public void BacktrackRejectsEndFramesNoPathEndsAt(int endFrame)
    {
        var random = new Random(5);
        var query = RandomChroma.Create(random, 5);
        var recording = RandomChroma.Create(random, 20);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SubsequenceDtw.Backtrack(query, recording, endFrame));
        Assert.Contains($"endFrame={endFrame}", e.Message);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    public void FindMatchesRejectsNegativeRadiusAndNonPositiveCount(int exclusionRadius, int maxCount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SubsequenceDtw.FindMatches([1f], exclusionRadius, maxCount));
    }
}
