using Leitmotif.Core.Audio;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.Audio;

namespace Leitmotif.Core.Tests.Spectral;

public class HcqtMagnitudesTests
{
    private const int Rate = 22050;
    private const int Values = HcqtFrames.Bins * HcqtFrames.Harmonics;
    private static readonly HcqtMagnitudes Chord = Compute(ChordThenSilence());

    [Fact]
    public void ScaledValuesLieInTheUnitIntervalAndReachOneAtTheMaximum()
    {
        var slice = new float[HcqtFrames.Bins];
        float largest = 0;
        for (int t = 0; t < Chord.Frames; t++)
        {
            for (int h = 0; h < HcqtFrames.Harmonics; h++)
            {
                Chord.Scaled(t, h, slice);
                Assert.All(slice, v => Assert.InRange(v, 0f, 1f));
                largest = Math.Max(largest, slice.Max());
            }
        }
        Assert.InRange(largest, 0.99f, 1f); // the maximum median sits within a fraction of a dB of the global maximum
    }

    [Fact]
    public void ScaledValueIsDecibelsOverDynamicRangePlusOne()
    {
        var slice = new float[HcqtFrames.Bins];
        Chord.Scaled(10, 1, slice);
        for (int b = 0; b < slice.Length; b++)
        {
            double db = 20 * Math.Log10(Chord.Magnitude(10, b, 1) / Chord.GlobalMax);
            Assert.Equal(Math.Clamp(db / 80 + 1, 0, 1), slice[b], 5);
        }
    }

    [Fact]
    public void EveryFrameHarmonicSliceHasUnitNorm()
    {
        HcqtFrames frames = Chord.ToFrames();
        for (int t = 0; t < frames.Frames; t++)
        {
            for (int h = 0; h < HcqtFrames.Harmonics; h++)
            {
                double sum = 0;
                for (int b = 0; b < HcqtFrames.Bins; b++) sum += Math.Pow(frames.Data[(t * HcqtFrames.Bins + b) * HcqtFrames.Harmonics + h], 2);
                Assert.Equal(1.0, sum, 4);
            }
        }
    }

    [Fact]
    public void AllZeroSliceBecomesUniform()
    {
        // Long after the chord ends every filter sees only zeros: the slices' scaled values are all 0.
        HcqtFrames frames = Chord.ToFrames(Chord.Frames - 1, Chord.Frames);
        Assert.All(frames.Data, v => Assert.Equal(1 / MathF.Sqrt(216), v, 6));
    }

    [Fact]
    public void SilenceGivesUniformSlices()
    {
        HcqtMagnitudes silence = Compute(new float[Rate]);
        Assert.Equal(0f, silence.GlobalMax);
        Assert.All(silence.ToFrames().Data, v => Assert.Equal(1 / MathF.Sqrt(216), v, 6));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 7)]
    [InlineData(13, 29)]
    [InlineData(90, 100)]
    public void RangeEqualsTheSameFramesOfTheWholeRecording(int start, int end)
    {
        float[] whole = Chord.ToFrames().Data;
        HcqtFrames range = Chord.ToFrames(start, end);

        Assert.Equal(end - start, range.Frames);
        Assert.Equal(whole.AsSpan(start * Values, (end - start) * Values).ToArray(), range.Data);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, 4)]
    [InlineData(0, 101)]
    public void RangeOutsideTheFramesThrows(int start, int end)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Chord.ToFrames(start, end));
        Assert.Contains($"[{start}, {end})", e.Message);
    }

    [Fact]
    public void StoreHoldsTwoBytesPerDistinctFrequencyPerFrame()
    {
        // 756 distinct filters for the paper's 1296 bins; chunks of 1024 frames.
        Assert.Equal(1024L * 756 * 2, Chord.StoreBytes);
    }

    private static HcqtMagnitudes Compute(float[] y)
    {
        using var audio = MonoAudioStream.FromSamples(y, Rate);
        return Hcqt.Magnitudes(audio);
    }

    /// <summary>4 s: a C-major triad for 1.5 s, then silence (100 output frames).</summary>
    private static float[] ChordThenSilence()
    {
        var y = new float[4 * Rate];
        foreach (double f in new[] { 261.63, 329.63, 392.0 })
        {
            float[] tone = TestSignals.Sine(f, Rate, 3 * Rate / 2, amplitude: 0.2);
            for (int n = 0; n < tone.Length; n++) y[n] += tone[n];
        }
        return y;
    }
}
