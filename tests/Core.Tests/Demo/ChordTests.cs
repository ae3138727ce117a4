using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Demo;

public class ChordTests
{
    [Theory]
    [InlineData(9, ChordQuality.Minor, 50, new[] { 57, 60, 64 })]
    [InlineData(0, ChordQuality.Major, 50, new[] { 60, 64, 67 })]
    [InlineData(2, ChordQuality.Major, 50, new[] { 50, 54, 57 })]
    [InlineData(10, ChordQuality.Major, 36, new[] { 46, 50, 53 })]
    public void TriadIsInRootPositionFromTheLowestAllowedRoot(int root, ChordQuality quality, int lowest, int[] expected)
    {
        Assert.Equal(expected, new Chord(0, 4, root, quality).Triad(lowest));
    }
}
