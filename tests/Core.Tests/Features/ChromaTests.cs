using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Tests.Audio;

namespace Leitmotif.Core.Tests.Features;

public class ChromaTests
{
    private const int Rate = 22050;
    private static readonly ChromaOptions Options = new();

    [Theory]
    [InlineData(440.0, 9)]     // A4
    [InlineData(261.63, 0)]    // C4
    [InlineData(110.0, 9)]     // A2
    [InlineData(1479.98, 6)]   // F#6
    [InlineData(3951.07, 11)]  // B7
    public void PureToneLandsInItsPitchClass(double frequency, int expectedClass)
    {
        FeatureMatrix chroma = Compute(TestSignals.Sine(frequency, Rate, 2 * Rate));

        for (int m = 2; m < chroma.Frames - 2; m++)
        {
            Span<float> frame = chroma.Frame(m);
            Assert.Equal(expectedClass, frame.IndexOf(Max(frame)));
            Assert.True(frame[expectedClass] > 0.8 * Sum(frame), $"frame {m}: {string.Join(", ", frame.ToArray())}");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2204, 1)]
    [InlineData(2205, 2)]
    [InlineData(22049, 10)]
    [InlineData(22050, 11)]
    public void FrameCountIsOnePlusLengthOverHop(int length, int expectedFrames)
    {
        Assert.Equal(expectedFrames, Compute(TestSignals.Sine(440, Rate, length)).Frames);
    }

    [Fact]
    public void EmptySignalHasNoFrames()
    {
        Assert.Equal(0, Compute([]).Frames);
    }

    [Fact]
    public void FeatureRateIsSampleRateOverHop()
    {
        Assert.Equal(10.0, Compute(new float[Rate]).FeatureRate);
    }

    [Fact]
    public void FrameMIsCentredOnTimeMOverFeatureRate()
    {
        // A 40 ms tone burst centred on 1.0 s: the loudest frame is frame 10 (= 1.0 s × 10 Hz).
        var y = new float[3 * Rate];
        float[] burst = TestSignals.Sine(440, Rate, 882);
        burst.CopyTo(y, Rate - 441);

        FeatureMatrix chroma = Compute(y);

        float[] energy = Enumerable.Range(0, chroma.Frames).Select(m => Sum(chroma.Frame(m))).ToArray();
        // Uncentred frames (frame m covering [m·H, m·H + N)) would put the burst in frame 9.
        Assert.Equal(10, Array.IndexOf(energy, energy.Max()));
    }

    [Fact]
    public void ReadingInSmallIrregularBlocksGivesTheSameChroma()
    {
        var random = new Random(1234);
        float[] y = Enumerable.Range(0, 3 * Rate).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();

        FeatureMatrix whole = Compute(y);
        using var trickle = new TrickleStream(y, Rate, new Random(99));
        FeatureMatrix blocks = Chroma.Compute(trickle, Options);

        Assert.Equal(whole.Data, blocks.Data);
    }

    [Fact]
    public void AudioAtAnotherSampleRateIsRejected()
    {
        using MonoAudioStream audio = MonoAudioStream.FromSamples(new float[100], 44100);
        var e = Assert.Throws<ArgumentException>(() => Chroma.Compute(audio, Options));
        Assert.Contains("44100", e.Message);
        Assert.Contains("22050", e.Message);
    }

    [Fact]
    public void BinsAreMappedToTheNearestPitchWithinThePianoRange()
    {
        int[] classes = Chroma.BinPitchClasses(Options);
        double binHz = (double)Rate / Options.FftLength;

        Assert.Equal(Options.FftLength / 2 + 1, classes.Length);
        Assert.Equal(-1, classes[0]);
        Assert.Equal(9, classes[(int)Math.Round(440 / binHz)]);
        Assert.Equal(-1, classes[(int)Math.Round(20.0 / binHz)]);   // below A0 (27.5 Hz, pitch 21 starts at 26.7 Hz)
        Assert.Equal(-1, classes[(int)Math.Round(4500.0 / binHz)]); // above C8 (4186 Hz, pitch 108 ends at 4308 Hz)
    }

    private static FeatureMatrix Compute(float[] y)
    {
        using MonoAudioStream audio = MonoAudioStream.FromSamples(y, Rate);
        return Chroma.Compute(audio, Options);
    }

    private static float Max(Span<float> v)
    {
        float max = float.MinValue;
        foreach (float x in v) max = Math.Max(max, x);
        return max;
    }

    private static float Sum(Span<float> v)
    {
        float s = 0;
        foreach (float x in v) s += x;
        return s;
    }

    /// <summary>Returns between 1 and 700 samples per read, to exercise block-boundary handling.</summary>
    private sealed class TrickleStream(float[] samples, int sampleRate, Random random) : MonoAudioStream
    {
        private int _position;

        public override int SampleRate => sampleRate;

        protected override int ReadCore(Span<float> destination)
        {
            int count = Math.Min(Math.Min(destination.Length, random.Next(1, 701)), samples.Length - _position);
            samples.AsSpan(_position, count).CopyTo(destination);
            _position += count;
            return count;
        }
    }
}
