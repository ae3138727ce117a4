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

    /// <summary>Four frames: C, C, E, E (one-hot chroma) at 10 Hz.</summary>
    private static FeatureMatrix Excerpt()
    {
        var excerpt = new FeatureMatrix(4, 12, 10);
        excerpt[0, 0] = excerpt[1, 0] = 1;
        excerpt[2, 4] = excerpt[3, 4] = 1;
        return excerpt;
    }

    [Fact]
    public void AnExcerptAtItsOwnTempoIsTheExcerpt()
    {
        var excerpt = Excerpt();

        Assert.Same(excerpt, QueryBuilder.Build(excerpt, 1));
    }

    [Fact]
    public void AnExcerptPlayedTwiceAsFastKeepsEveryOtherFrame()
    {
        var faster = QueryBuilder.Build(Excerpt(), 2);

        Assert.Equal(2, faster.Frames);
        Assert.Equal(10, faster.FeatureRate);
        Assert.Equal(1, faster[0, 0], 6);
        Assert.Equal(1, faster[1, 4], 6);
    }

    [Fact]
    public void AnExcerptPlayedSlowerInterpolatesBetweenFramesAndNormalisesThem()
    {
        // Factor 2/3: six frames at source positions 0, ⅔, 1⅓, 2, 2⅔, 3⅓ (past the end: the last frame); at 1⅓ the
        // frame is ⅔ C and ⅓ E before normalisation.
        var slower = QueryBuilder.Build(Excerpt(), 2.0 / 3);

        Assert.Equal(6, slower.Frames);
        Assert.Equal(1, slower[1, 0], 6);
        Assert.Equal(2 / Math.Sqrt(5), slower[2, 0], 6);
        Assert.Equal(1 / Math.Sqrt(5), slower[2, 4], 6);
        Assert.Equal(1, slower[3, 4], 6);
        Assert.Equal(1, slower[5, 4], 6);
    }

    [Fact]
    public void AOneFrameExcerptStaysOneFrameWhenFaster()
    {
        var frame = new FeatureMatrix(1, 12, 5);
        frame[0, 7] = 1;

        var faster = QueryBuilder.Build(frame, 1.5);

        Assert.Equal(1, faster.Frames);
        Assert.Equal(1, faster[0, 7], 6);
    }
}
