using Leitmotif.Core.Retrieval;

namespace Leitmotif.Core.Tests.Retrieval;

public class ThemeChunksTests
{
    [Fact]
    public void ChunksAreConsecutiveCoverEveryThemeOnceAndStayWithinTheBound()
    {
        var random = new Random(5);
        var sizes = Enumerable.Range(0, 200).Select(_ => (long)random.Next(1, 100)).ToList();

        var chunks = ThemeChunks.Split(sizes, 250);

        Assert.Equal(Enumerable.Range(0, 200), chunks.SelectMany(c => Enumerable.Range(c.Start, c.Count)));
        Assert.All(chunks, c => Assert.InRange(sizes.Skip(c.Start).Take(c.Count).Sum(), 1, 250));
        // Greedy: a chunk ends only where the next theme would not fit.
        Assert.All(chunks.SkipLast(1), c => Assert.True(sizes.Skip(c.Start).Take(c.Count + 1).Sum() > 250));
    }

    [Fact]
    public void AThemeLargerThanTheBoundIsAChunkOfItsOwn()
    {
        Assert.Equal([(0, 1), (1, 1), (2, 2)], ThemeChunks.Split([10, 500, 3, 4], 100));
    }

    [Fact]
    public void NoThemesGiveNoChunks()
    {
        Assert.Empty(ThemeChunks.Split([], 100));
    }
}
