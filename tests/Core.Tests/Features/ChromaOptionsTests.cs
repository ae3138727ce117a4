using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class ChromaOptionsTests
{
    [Fact]
    public void DefaultsGiveTenFramesPerSecondAt22050()
    {
        var options = new ChromaOptions();
        Assert.Equal(22050, options.SampleRate);
        Assert.Equal(10.0, options.FeatureRate);
        options.Validate();
    }

    [Theory]
    [InlineData(0, 4410, 2205, 8192, 21, 108, 440.0, "SampleRate=0")]
    [InlineData(22050, 0, 2205, 8192, 21, 108, 440.0, "WindowLength=0")]
    [InlineData(22050, 4410, 0, 8192, 21, 108, 440.0, "HopLength=0")]
    [InlineData(22050, 4410, -5, 8192, 21, 108, 440.0, "HopLength=-5")]
    [InlineData(22050, 4410, 5000, 8192, 21, 108, 440.0, "HopLength=5000 must be in 1..WindowLength=4410")]
    [InlineData(22050, 4410, 2205, 4096, 21, 108, 440.0, "FftLength=4096 must be at least WindowLength=4410")]
    [InlineData(22050, 4410, 2205, 8192, 60, 59, 440.0, "MinPitch=60, MaxPitch=59")]
    [InlineData(22050, 4410, 2205, 8192, 21, 108, 0.0, "TuningHz=0")]
    public void OutOfRangeParameterIsRejectedWithItsValue(
        int sampleRate, int window, int hop, int fft, int minPitch, int maxPitch, double tuning, string expected)
    {
        var options = new ChromaOptions(sampleRate, window, hop, fft, minPitch, maxPitch, tuning);
        var e = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Contains(expected, e.Message);
    }
}
