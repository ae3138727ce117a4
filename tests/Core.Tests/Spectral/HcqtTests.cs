using Leitmotif.Core.Audio;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.Audio;

namespace Leitmotif.Core.Tests.Spectral;

public class HcqtTests
{
    private const int Rate = 22050;
    private static readonly HcqtOptions Options = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]        // K = 1
    [InlineData(22050, 25)]   // K = 87, last frame at 86 · 256 / 22050 = 0.9985 s → output frame 24
    [InlineData(44100, 50)]   // K = 173, last frame at 1.9970 s → 49
    [InlineData(45158, 52)]   // K = 177, last frame at 176 · 256 = 45056 samples = 2.0434 s → 51
    public void OutputFrameCountCoversTheLastFullRateFrame(int length, int expected)
    {
        using var audio = MonoAudioStream.FromSamples(new float[length], Rate);
        Assert.Equal(expected, Hcqt.Magnitudes(audio).Frames);
    }

    [Theory]
    [InlineData(72)]   // C3 (130.8 Hz): h = 0.5 → 108, 1 → 72, 2 → 36, 3 → 15, 4 → 0; 5 is below its range
    [InlineData(150)]  // 592 Hz: h = 0.5 → 186, 1 → 150, 2 → 114, 3 → 93, 4 → 78, 5 → 66
    public void SineAtABinCentrePeaksThereAndAtTheMatchingBinOfEveryHarmonic(int bin)
    {
        double f = Options.Frequency(bin, harmonic: 1);
        using var audio = MonoAudioStream.FromSamples(TestSignals.Sine(f, Rate, 3 * Rate), Rate);
        HcqtMagnitudes hcqt = Hcqt.Magnitudes(audio);
        int t = hcqt.Frames / 2;

        for (int h = 0; h < Options.HarmonicList.Count; h++)
        {
            int expected = (int)Math.Round(bin - 36 * Math.Log2(Options.HarmonicList[h]));
            if (expected < 0 || expected >= Options.Bins) continue;
            float[] slice = Enumerable.Range(0, Options.Bins).Select(b => hcqt.Magnitude(t, b, h)).ToArray();
            Assert.Equal(expected, Array.IndexOf(slice, slice.Max()));
        }
    }

    [Fact]
    public void GlobalMaxIsTheLargestFullRateMagnitude()
    {
        // A steady sine: the maximum is its bin's magnitude, A/2 · √(Q · sampleRate / f), in every harmonic sharing the bin.
        double f = Options.Frequency(108, harmonic: 1);
        using var audio = MonoAudioStream.FromSamples(TestSignals.Sine(f, Rate, 2 * Rate, amplitude: 0.5), Rate);
        HcqtMagnitudes hcqt = Hcqt.Magnitudes(audio);

        Assert.Equal(0.25 * Math.Sqrt(ConstantQ.QualityFactor(36) * Rate / f), hcqt.GlobalMax, 0.01 * hcqt.GlobalMax);
    }

    [Fact]
    public void ComputeReturnsTheScaledFramesOfTheWholeRecording()
    {
        float[] y = TestSignals.Sine(440, Rate, Rate);
        using var a = MonoAudioStream.FromSamples(y, Rate);
        using var b = MonoAudioStream.FromSamples(y, Rate);
        HcqtFrames frames = Hcqt.Compute(a);

        Assert.Equal(25, frames.Frames);
        Assert.Equal(Hcqt.Magnitudes(b).ToFrames().Data, frames.Data);
    }

    [Fact]
    public void TheMagnitudesDoNotDependOnTheNumberOfThreads()
    {
        var random = new Random(5);
        var noise = new float[3 * Rate];
        for (int i = 0; i < noise.Length; i++) noise[i] = (float)(random.NextDouble() - 0.5);
        using var a = MonoAudioStream.FromSamples(noise, Rate);
        using var b = MonoAudioStream.FromSamples(noise, Rate);

        var one = Hcqt.Magnitudes(a, threads: 1).ToFrames();
        var three = Hcqt.Magnitudes(b, threads: 3).ToFrames();

        Assert.Equal(one.Data, three.Data);
    }

    [Fact]
    public void WrongSampleRateThrows()
    {
        using var audio = MonoAudioStream.FromSamples(new float[100], 44100);
        Assert.Throws<ArgumentException>(() => Hcqt.Magnitudes(audio));
    }
}
