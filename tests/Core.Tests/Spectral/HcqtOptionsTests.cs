using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Tests.Spectral;

public class HcqtOptionsTests
{
    private static readonly HcqtOptions Options = new();

    [Fact]
    public void DefaultsAreThePapers()
    {
        Assert.Equal(22050, Options.SampleRate);
        Assert.Equal([0.5, 1, 2, 3, 4, 5], Options.HarmonicList);
        Assert.Equal(32.7, Options.FMin);
        Assert.Equal(36, Options.BinsPerOctave);
        Assert.Equal(216, Options.Bins);
        Assert.Equal(256, Options.HopLength);
        Assert.Equal(86.13, (double)Options.SampleRate / Options.HopLength, 2);
        Assert.Equal(25.0, Options.OutputFrameRate);
        Assert.Equal(80.0, Options.DynamicRangeDb);
        Options.Validate();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(100, 2)]
    [InlineData(215, 5)]
    public void AdjacentBinCentresAreAThirdOfASemitoneApart(int bin, int harmonic)
    {
        Assert.Equal(Math.Pow(2, 1.0 / 36), Options.Frequency(bin + 1, harmonic) / Options.Frequency(bin, harmonic), 12);
    }

    [Theory]
    [InlineData(0, 32.7)]
    [InlineData(36, 65.4)]
    [InlineData(108, 261.6)]
    public void BinsAtWholeOctavesOfFMinAreCs(int bin, double expectedHz)
    {
        Assert.Equal(expectedHz, Options.Frequency(bin, harmonic: 1), 9);
    }

    [Fact]
    public void HarmonicHStartsAtFMinTimesH()
    {
        for (int h = 0; h < Options.HarmonicList.Count; h++) Assert.Equal(32.7 * Options.HarmonicList[h], Options.Frequency(0, h), 9);
    }

    [Fact]
    public void HighestBinOfTheFifthHarmonicLiesJustBelowNyquist()
    {
        double top = Options.Frequency(215, harmonic: 5);
        Assert.Equal(32.7 * 5 * Math.Pow(2, 215.0 / 36), top, 9);
        Assert.InRange(top, 10_000, 11_025);
    }

    public static TheoryData<HcqtOptions, string> OutOfRange => new()
    {
        { new HcqtOptions(SampleRate: 0), "SampleRate=0" },
        { new HcqtOptions(FMin: -1), "FMin=-1" },
        { new HcqtOptions(BinsPerOctave: 0), "BinsPerOctave=0" },
        { new HcqtOptions(Bins: 0), "Bins=0" },
        { new HcqtOptions(HopLength: 0), "HopLength=0" },
        { new HcqtOptions(OutputFrameRate: 100), "OutputFrameRate=100" },
        { new HcqtOptions(DynamicRangeDb: 0), "DynamicRangeDb=0" },
        { new HcqtOptions(Harmonics: [1, -2]), "harmonic -2" },
        { new HcqtOptions(FMin: 40), "frequency 12" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void OutOfRangeParametersThrowNamingTheValue(HcqtOptions options, string expected)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData(new double[0], "must not be empty")]
    [InlineData(new[] { 1.0, 2.0, 1.0 }, "Harmonics=[1, 2, 1]")]
    public void BadHarmonicListsThrowNamingThem(double[] harmonics, string expected)
    {
        var e = Assert.Throws<ArgumentException>(new HcqtOptions(Harmonics: harmonics).Validate);
        Assert.Contains(expected, e.Message);
    }
}
