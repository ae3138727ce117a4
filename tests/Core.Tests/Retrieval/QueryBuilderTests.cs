using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Retrieval;

public class QueryBuilderTests
{
    private static readonly Note[] Scale = [new(0, 1, 60), new(1, 1, 62), new(2, 1, 64), new(3, 1, 65)];

    [Fact]
    public void ATempoFactorOfTwoHalvesTheQueryLength()
    {
        var features = new CensFeatures();

        var notated = QueryBuilder.Build(Scale, features);
        var faster = QueryBuilder.Build(Scale, features, tempoFactor: 2);

        Assert.InRange(faster.Frames, notated.Frames / 2 - 1, notated.Frames / 2 + 1);
        Assert.Equal(features.FeatureRate, faster.FeatureRate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void ANonPositiveTempoFactorIsRejected(double factor)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => QueryBuilder.Build(Scale, new CensFeatures(), factor));
        Assert.Contains("tempoFactor", e.Message);
    }
}
