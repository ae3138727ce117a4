using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Tests.Sequence;

public class SubsequenceDtwTests
{
    private const float Tolerance = 1e-5f;

    /// <summary>Every admissible warping path (steps (1,1), (2,1), (1,2), any start), enumerated one by one.</summary>
    private static List<(int Start, int End, double Cost)> AllPaths(FeatureMatrix query, FeatureMatrix recording)
    {
        int N = query.Frames, M = recording.Frames;
        double C(int n, int m)
        {
            double inner = 0;
            for (int k = 0; k < query.Dimensions; k++) inner += query[n, k] * recording[m, k];
            return 1 - inner;
        }

        var paths = new List<(int, int, double)>();
        void Extend(int n, int m, int start, double cost)
        {
            if (n == N - 1)
            {
                paths.Add((start, m, cost));
                return;
            }

            foreach (var (dn, dm) in new[] { (1, 1), (2, 1), (1, 2) })
            {
                if (n + dn < N && m + dm < M) Extend(n + dn, m + dm, start, cost + C(n + dn, m + dm));
            }
        }

        for (int s = 0; s < M; s++) Extend(0, s, s, C(0, s));
        return paths;
    }

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
    public void MatchingFunctionEqualsLastRowOfAccumulatedCostDividedByN(int N, int M)
    {
        var random = new Random(N * 1000 + M);
        var query = RandomChroma.Create(random, N);
        var recording = RandomChroma.Create(random, M);

        var delta = SubsequenceDtw.MatchingFunction(query, recording);
        var D = SubsequenceDtw.AccumulatedCost(query, recording);

        Assert.Equal(M, delta.Length);
        for (int m = 0; m < M; m++)
        {
            if (float.IsPositiveInfinity(D[N - 1, m])) Assert.True(float.IsPositiveInfinity(delta[m]), $"m={m}");
            else Assert.InRange(delta[m], D[N - 1, m] / N - Tolerance, D[N - 1, m] / N + Tolerance);
        }
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
                var paths = AllPaths(query, recording);

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

    [Fact]
    public void BacktrackReturnsStartAndCostOfTheBestPathEndingThere()
    {
        var random = new Random(11);
        for (int N = 1; N <= 4; N++)
        {
            for (int M = 1; M <= 7; M++)
            {
                var query = RandomChroma.Create(random, N);
                var recording = RandomChroma.Create(random, M);
                var paths = AllPaths(query, recording);
                var delta = SubsequenceDtw.MatchingFunction(query, recording);

                foreach (var end in paths.Select(p => p.End).Distinct())
                {
                    var best = paths.Where(p => p.End == end).MinBy(p => p.Cost);

                    var match = SubsequenceDtw.Backtrack(query, recording, end);

                    Assert.Equal(best.Start, match.StartFrame);
                    Assert.Equal(end, match.EndFrame);
                    Assert.True(Math.Abs(match.Cost * N - best.Cost) < Tolerance * N, $"N={N} M={M} end={end}");
                    Assert.True(Math.Abs(match.Cost - delta[end]) < Tolerance, $"N={N} M={M} end={end}");
                }
            }
        }
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
            Assert.Equal(new Match(40, 59, match.Cost), match);
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
