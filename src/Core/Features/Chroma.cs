using System.Buffers;
using Leitmotif.Core.Audio;
using MathNet.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace Leitmotif.Core.Features;

/// <summary>
/// STFT chroma: the power of every FFT bin is added to the MIDI pitch nearest its centre frequency, and pitches are summed
/// into their pitch classes (p mod 12, 0 = C).
/// </summary>
/// <remarks>
/// FMP §3.1.2 (pooling by pitch, Eq. 3.3–3.5), libfmp <c>C3S1</c> <c>compute_spec_log_freq</c> / <c>compute_chromagram</c>.
/// Frames are centred, as librosa's <c>stft(center=True)</c> that libfmp uses: the signal is padded with N/2 zeros at both
/// ends, so frame m's window is centred on sample m·H, i.e. on time m / <see cref="ChromaOptions.FeatureRate"/> seconds.
/// A signal of L &gt; 0 samples gives 1 + ⌊L / H⌋ frames (none for L = 0). Bins whose pitch lies outside
/// [<see cref="ChromaOptions.MinPitch"/>, <see cref="ChromaOptions.MaxPitch"/>] are ignored; no logarithmic compression.
/// </remarks>
public static class Chroma
{
    /// <summary>Number of pitch classes (chroma dimensions).</summary>
    public const int PitchClasses = 12;

    /// <summary>Chroma of a whole recording, read block by block from <paramref name="audio"/>.</summary>
    /// <param name="audio">Mono audio at <see cref="ChromaOptions.SampleRate"/>.</param>
    /// <param name="options">STFT and pooling parameters.</param>
    /// <returns>Frames × 12 summed power (not normalised) at <see cref="ChromaOptions.FeatureRate"/>.</returns>
    /// <exception cref="ArgumentException">The stream's sample rate differs from the options'.</exception>
    public static FeatureMatrix Compute(MonoAudioStream audio, ChromaOptions options)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (audio.SampleRate != options.SampleRate)
        {
            throw new ArgumentException(
                $"audio sample rate {audio.SampleRate} Hz differs from ChromaOptions.SampleRate={options.SampleRate} Hz", nameof(audio));
        }

        int N = options.WindowLength, H = options.HopLength;
        float[] w = Array.ConvertAll(Window.HannPeriodic(N), v => (float)v);
        int[] binClass = BinPitchClasses(options);
        var frame = new float[N];           // the current window's samples (centred framing: starts N/2 before m·H)
        var X = new float[options.FftLength + 2]; // FFT input, then packed spectrum (re, im) for bins 0..FftLength/2
        var output = new ArrayBufferWriter<float>(PitchClasses * 1024);

        long L = ReadFully(audio, frame.AsSpan(N / 2)); // real samples read so far; frame[..N/2] stays the leading zero padding
        for (long m = 0; ; m++)
        {
            if (m > 0)
            {
                frame.AsSpan(H).CopyTo(frame);
                L += ReadFully(audio, frame.AsSpan(N - H)); // zero-filled past the end: trailing padding
            }
            // Frame m exists iff m·H <= L. Until the stream ends, L >= m·H + N - N/2 - H >= m·H, so this only stops at the end.
            if (L == 0 || m * H > L) break;
            Span<float> chroma = output.GetSpan(PitchClasses)[..PitchClasses];
            chroma.Clear();
            PoolFrame(frame, w, X, options.FftLength, binClass, chroma);
            output.Advance(PitchClasses);
        }
        return new FeatureMatrix(output.WrittenSpan.ToArray(), PitchClasses, options.FeatureRate);
    }

    /// <summary>The pitch class of each FFT bin k = 0..FftLength/2, or −1 for bins outside the pitch range.</summary>
    /// <remarks>Bin k (centre k·SampleRate/FftLength Hz) belongs to pitch p = round(12·log2(f / TuningHz) + 69), FMP Eq. 3.4.</remarks>
    internal static int[] BinPitchClasses(ChromaOptions options)
    {
        var classes = new int[options.FftLength / 2 + 1];
        for (int k = 0; k < classes.Length; k++)
        {
            double f = (double)k * options.SampleRate / options.FftLength;
            int p = k == 0 ? -1 : (int)Math.Round(12 * Math.Log2(f / options.TuningHz) + 69, MidpointRounding.AwayFromZero);
            classes[k] = p >= options.MinPitch && p <= options.MaxPitch ? p % PitchClasses : -1;
        }
        return classes;
    }

    /// <summary>Windows <paramref name="frame"/>, transforms it and adds each bin's power to its pitch class.</summary>
    private static void PoolFrame(float[] frame, float[] w, float[] X, int fftLength, int[] binClass, Span<float> chroma)
    {
        for (int n = 0; n < frame.Length; n++) X[n] = frame[n] * w[n];
        Array.Clear(X, frame.Length, X.Length - frame.Length);
        Fourier.ForwardReal(X, fftLength, FourierOptions.NoScaling);
        for (int k = 0; k < binClass.Length; k++)
        {
            int c = binClass[k];
            if (c < 0) continue;
            float re = X[2 * k], im = X[2 * k + 1];
            chroma[c] += re * re + im * im;
        }
    }

    /// <summary>Reads until <paramref name="destination"/> is full or the stream ends; returns the count read.</summary>
    private static int ReadFully(MonoAudioStream audio, Span<float> destination)
    {
        int total = 0, count;
        while (total < destination.Length && (count = audio.Read(destination[total..])) > 0) total += count;
        destination[total..].Clear();
        return total;
    }
}
