using Leitmotif.Core.Audio;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.Audio;

namespace Leitmotif.Core.Tests.Spectral;

public class ConstantQTests
{
    private const int Rate = 22050;
    private const int Hop = 256;
    private static readonly double[] Grid = Enumerable.Range(0, 216).Select(b => 32.7 * Math.Pow(2, b / 36.0)).ToArray();
    private static readonly ConstantQ Cqt = new(Grid, Rate, Hop, 36);

    [Fact]
    public void QualityFactorFor36BinsPerOctaveIsAboutFiftyOne()
    {
        Assert.Equal(1 / (Math.Pow(2, 1 / 36.0) - 1), ConstantQ.QualityFactor(36), 12);
        Assert.Equal(51.44, ConstantQ.QualityFactor(36), 2);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(255, 1)]
    [InlineData(256, 2)]
    [InlineData(22050, 87)]
    public void FrameCountIsOnePlusLengthOverHop(long samples, long expected)
    {
        Assert.Equal(expected, ConstantQ.FrameCount(samples, Hop));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(44100)]
    public void TransformEmitsEveryFrameOnceInOrder(int length)
    {
        var indices = new List<long>();
        using var audio = MonoAudioStream.FromSamples(new float[length], Rate);
        long frames = Cqt.Transform(audio, (k, m) =>
        {
            Assert.Equal(216, m.Length);
            indices.Add(k);
        });

        Assert.Equal(ConstantQ.FrameCount(length, Hop), frames);
        Assert.Equal(Enumerable.Range(0, (int)frames).Select(i => (long)i), indices);
    }

    [Theory]
    [InlineData(0)]    // 32.7 Hz, filter decimated by 2^8
    [InlineData(36)]
    [InlineData(100)]
    [InlineData(180)]
    [InlineData(215)]  // 7.6 kHz, full rate
    public void SineAtABinCentrePeaksInThatBin(int bin)
    {
        float[] magnitudes = MiddleFrame(TestSignals.Sine(Grid[bin], Rate, 4 * Rate));
        Assert.Equal(bin, Array.IndexOf(magnitudes, magnitudes.Max()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(120)]
    [InlineData(215)]
    public void SineMagnitudeIsHalfTheAmplitudeTimesRootFilterLength(int bin)
    {
        // librosa cqt(scale=True): L1-normalised filters times √(Q · sampleRate / f); unit gain through every decimation stage.
        const double amplitude = 0.5;
        float[] magnitudes = MiddleFrame(TestSignals.Sine(Grid[bin], Rate, 4 * Rate, amplitude));
        double expected = amplitude / 2 * Math.Sqrt(ConstantQ.QualityFactor(36) * Rate / Grid[bin]);
        Assert.Equal(1.0, magnitudes[bin] / expected, 2);
    }

    [Fact]
    public void FrameKIsCentredOnSampleKTimesHop()
    {
        // A 20 ms burst centred on sample 100 · 256: the strongest frame of a 1 kHz bin is frame 100.
        var y = new float[2 * Rate];
        TestSignals.Sine(1000, Rate, 441).CopyTo(y, 100 * Hop - 220);
        var cqt = new ConstantQ([1000.0], Rate, Hop, 36);
        var energy = new List<float>();
        using var audio = MonoAudioStream.FromSamples(y, Rate);
        cqt.Transform(audio, (_, m) => energy.Add(m[0]));

        Assert.Equal(100, energy.IndexOf(energy.Max()));
    }

    [Fact]
    public void WrongSampleRateThrows()
    {
        using var audio = MonoAudioStream.FromSamples(new float[100], 44100);
        var e = Assert.Throws<ArgumentException>(() => Cqt.Transform(audio, (_, _) => { }));
        Assert.Contains("44100", e.Message);
    }

    [Theory]
    [InlineData(11000.0, 22050, 256, 36, "frequency 11000")]
    [InlineData(-5.0, 22050, 256, 36, "frequency -5")]
    [InlineData(100.0, 0, 256, 36, "sampleRate=0")]
    [InlineData(100.0, 22050, 0, 36, "hopLength=0")]
    [InlineData(100.0, 22050, 256, 0, "binsPerOctave=0")]
    public void BadParametersThrowNamingTheValue(double frequency, int sampleRate, int hop, int binsPerOctave, string expected)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantQ([frequency], sampleRate, hop, binsPerOctave));
        Assert.Contains(expected, e.Message);
    }

    private static float[] MiddleFrame(float[] y)
    {
        long middle = ConstantQ.FrameCount(y.Length, Hop) / 2;
        float[] result = [];
        using var audio = MonoAudioStream.FromSamples(y, Rate);
        Cqt.Transform(audio, (k, m) =>
        {
            if (k == middle) result = m.ToArray();
        });
        return result;
    }
}
