using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Tests.Spectral;

public class MedianDownsamplerTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]     // 3 · 256 = 768 < 882 samples (40 ms)
    [InlineData(4, 1)]     // 1024 ≥ 882
    [InlineData(440, 127)]
    [InlineData(441, 128)] // 441 · 256 = 128 · 882 exactly: the interval's closed start
    public void FrameKBelongsToTheIntervalHoldingItsTime(long k, int expected)
    {
        Assert.Equal(expected, Create(1, []).OutputFrame(k));
    }

    [Fact]
    public void HandMadeFramesGiveTheirMedians()
    {
        // k = 0..3 → output 0 (four frames), k = 4..6 → 1 (three), k = 7 → 2 (one).
        float[][] frames = [[1, 0], [9, 0], [4, 2], [16, 2], [5, 1], [2, 3], [7, 2], [3, 8]];
        var output = new List<(int Frame, float[] Medians)>();
        MedianDownsampler reducer = Create(2, output);
        for (int k = 0; k < frames.Length; k++) reducer.Add(k, frames[k]);
        reducer.Complete();

        Assert.Equal([0, 1, 2], output.Select(o => o.Frame));
        Assert.Equal([6f, 0f], output[0].Medians);  // even count: geometric mean of the middle two, √(4·9) and √(0·2)
        Assert.Equal([5f, 2f], output[1].Medians);
        Assert.Equal([3f, 8f], output[2].Medians);
    }

    [Fact]
    public void EvenCountMedianIsTheMeanOfTheMiddleTwoInDecibels()
    {
        var output = new List<(int Frame, float[] Medians)>();
        MedianDownsampler reducer = Create(1, output);
        float[] mags = [0.01f, 1f, 0.1f, 0.5f];
        for (int k = 0; k < 4; k++) reducer.Add(k, [mags[k]]);
        reducer.Complete();

        double meanDb = (20 * Math.Log10(0.1) + 20 * Math.Log10(0.5)) / 2;
        Assert.Equal(meanDb, 20 * Math.Log10(output[0].Medians[0]), 4);
    }

    [Fact]
    public void NothingAddedEmitsNothing()
    {
        var output = new List<(int Frame, float[] Medians)>();
        Create(3, output).Complete();
        Assert.Empty(output);
    }

    [Fact]
    public void OutOfOrderFrameThrows()
    {
        MedianDownsampler reducer = Create(1, []);
        reducer.Add(0, [1f]);
        var e = Assert.Throws<ArgumentException>(() => reducer.Add(2, [1f]));
        Assert.Contains("frame 2", e.Message);
    }

    [Theory]
    [InlineData(0, 22050, 256, 25.0, "values=0")]
    [InlineData(1, 0, 256, 25.0, "sampleRate=0")]
    [InlineData(1, 22050, 0, 25.0, "hopLength=0")]
    [InlineData(1, 22050, 256, 90.0, "outputFrameRate=90")]
    public void BadParametersThrowNamingTheValue(int values, int sampleRate, int hop, double rate, string expected)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MedianDownsampler(values, sampleRate, hop, rate, (_, _) => { }));
        Assert.Contains(expected, e.Message);
    }

    private static MedianDownsampler Create(int values, List<(int Frame, float[] Medians)> output) =>
        new(values, 22050, 256, 25.0, (i, m) => output.Add((i, m.ToArray())));
}
