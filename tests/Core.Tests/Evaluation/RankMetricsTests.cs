using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Tests.Evaluation;

public class RankMetricsTests
{
    private static readonly int?[] Ranks = [1, 2, 5, 10, null, 11, 1, 4];

    [Theory]
    [InlineData(1, 2.0 / 8)]
    [InlineData(5, 5.0 / 8)]
    [InlineData(10, 6.0 / 8)]
    [InlineData(100, 7.0 / 8)]
    public void HitRateIsTheShareRankedWithinK(int k, double expected)
    {
        Assert.Equal(expected, RankMetrics.HitRate(Ranks, k), 12);
    }

    [Fact]
    public void MeanReciprocalRankCountsUnrankedAsZero()
    {
        double expected = (1 + 1 / 2.0 + 1 / 5.0 + 1 / 10.0 + 0 + 1 / 11.0 + 1 + 1 / 4.0) / 8;

        Assert.Equal(expected, RankMetrics.MeanReciprocalRank(Ranks), 12);
    }

    [Fact]
    public void NoQueriesScoreZero()
    {
        Assert.Equal(0, RankMetrics.HitRate([], 1));
        Assert.Equal(0, RankMetrics.MeanReciprocalRank([]));
    }

    [Fact]
    public void RanksBelowOneAndCutOffsBelowOneAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankMetrics.MeanReciprocalRank([1, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankMetrics.HitRate([1], 0));
    }
}
