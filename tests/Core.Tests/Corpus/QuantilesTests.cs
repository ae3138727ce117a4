using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class QuantilesTests
{
    [Fact]
    public void PercentilesInterpolateBetweenOrderStatistics()
    {
        // 11 values 1…11 in shuffled order: the p-th percentile sits at rank 10·p, so p10 = 2, q1 = 3.5, median = 6.
        double[] values = [7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6];

        Assert.Equal(new Quantiles(1, 2, 3.5, 6, 8.5, 10, 11), Quantiles.Of(values));
    }

    [Fact]
    public void OneValueIsEveryQuantile() =>
        Assert.Equal(new Quantiles(0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8), Quantiles.Of([0.8]));

    [Fact]
    public void NoValuesAreRejected() =>
        Assert.Throws<ArgumentException>(() => Quantiles.Of([]));
}
