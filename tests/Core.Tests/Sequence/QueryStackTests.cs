using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Sequence;

public class QueryStackTests
{
    [Fact]
    public void TilesHoldEveryQueryOnceInOrderWithinTheRowBudgetUnlessAlone()
    {
        var random = new Random(1);
        int[] lengths = [5, 30, 2, 100, 7, 7, 1, 40];
        var stack = new QueryStack(lengths.Select(N => RandomChroma.Create(random, N)).ToList(), lanes: 8, rowsPerTile: 48);

        int next = 0;
        foreach (var tile in stack.Tiles)
        {
            Assert.Equal(next, tile.FirstQuery);
            Assert.Equal(lengths.Skip(next).Take(tile.QueryCount), tile.QueryFrames);
            int rows = tile.QueryFrames.Sum(N => N + StripedQueryTile.SeparatorRows);
            Assert.True(rows <= 48 || tile.QueryCount == 1, $"tile at query {next} has {rows} rows");
            Assert.True(tile.VectorsPerColumn * tile.Lanes >= rows && tile.VectorsPerColumn % 2 == 0);
            next += tile.QueryCount;
        }

        Assert.Equal(lengths.Length, next);
        Assert.Equal(lengths, Enumerable.Range(0, stack.Count).Select(stack.Frames));
    }

    [Fact]
    public void TilesOfOneHotQueriesLookCostsUpAndATileWithAnyOtherRowDoesNot()
    {
        var random = new Random(2);
        var theme = RandomChroma.OneHot(random, 9);
        var stack = new QueryStack([theme, RandomChroma.OneHot(random, 5), RandomChroma.Create(random, 4), RandomChroma.OneHot(random, 3)],
                                   lanes: 16, rowsPerTile: 16);

        Assert.Equal([true, false, true], stack.Tiles.Select(tile => tile.LookUpIndices != null));
        var tile = stack.Tiles[0];
        var indices = tile.LookUpIndices!.Span.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
        int Index(int row) => indices[row % tile.VectorsPerColumn * tile.Lanes + row / tile.VectorsPerColumn];
        Assert.Equal(12, Index(0)); // separator rows are all zeros
        for (int n = 0; n < theme.Frames; n++) Assert.Equal(1f, theme[n, Index(StripedQueryTile.SeparatorRows + n)]);
    }

    public static TheoryData<FeatureMatrix[]> BadQueryLists() => new()
    {
        Array.Empty<FeatureMatrix>(),
        new[] { new FeatureMatrix(3, 12, 10), new FeatureMatrix(0, 12, 10) },
        new[] { new FeatureMatrix(3, 12, 10), new FeatureMatrix(3, 11, 10) },
        new[] { new FeatureMatrix(3, 12, 10), new FeatureMatrix(3, 12, 25) },
    };

    [Theory]
    [MemberData(nameof(BadQueryLists))]
    public void RejectsNoQueriesEmptyQueriesAndMixedShapes(FeatureMatrix[] queries)
    {
        Assert.Throws<ArgumentException>(() => new QueryStack(queries));
    }
}
