using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class CensOptionsTests
{
    [Fact]
    public void DefaultsSmoothOver21FramesAndHalveTheRate()
    {
        var options = new CensOptions();
        Assert.Equal(21, options.SmoothingLength);
        Assert.Equal(2, options.Downsampling);
        options.Validate();
    }

    [Theory]
    [InlineData(0, 2, 1e-4, "SmoothingLength=0")]
    [InlineData(-3, 2, 1e-4, "SmoothingLength=-3")]
    [InlineData(21, 0, 1e-4, "Downsampling=0")]
    [InlineData(21, 2, -1.0, "NormThreshold=-1")]
    [InlineData(21, 2, double.NaN, "NormThreshold=NaN")]
    public void OutOfRangeParameterIsRejectedWithItsValue(int smoothing, int downsampling, double threshold, string expected)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(new CensOptions(smoothing, downsampling, threshold).Validate);
        Assert.Contains(expected, e.Message);
    }
}
