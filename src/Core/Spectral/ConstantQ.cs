using System.Numerics;
using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Spectral;

/// <summary>
/// A streaming constant-Q transform (magnitudes) for an arbitrary set of centre frequencies that share one quality factor
/// Q = 1 / (2^(1/binsPerOctave) − 1). Each filter runs in the time domain on the signal decimated by the largest power of two
/// that keeps its band alias-free (and divides the hop), so every filter is 130–270 taps long however low its frequency.
/// </summary>
/// <remarks>
/// librosa <c>cqt</c>/<c>vqt</c> (Hann filters, norm = 1, scale = True, per-octave decimation; centred frames with zero
/// padding); Schörkhuber &amp; Klapuri 2010; FMP §2.5. librosa applies sparse FFT-domain kernels to an STFT; by Parseval that
/// equals these time-domain dot products, which are exact (no sparsification) and, with decimated filters this short,
/// cheaper than an FFT per frame and level.
/// Frames are centred: frame k is centred on sample k · hop, i.e. on time k · hop / sampleRate seconds, with zeros outside the
/// signal (librosa's <c>center=True</c>, <c>pad_mode="constant"</c>). A signal of L &gt; 0 samples gives 1 + ⌊L / hop⌋ frames
/// (none for L = 0), as <see cref="Features.Chroma"/>.
/// Memory is a few short buffers per decimation level: the whole signal and the whole transform are never held.
/// </remarks>
public sealed class ConstantQ
{
    private const int BlockLength = 8192;
    private readonly int _sampleRate;
    private readonly int _hopLength;
    private readonly CqtKernel[] _kernels; // in output-bin order
    private readonly int _levels;          // decimation levels 0 .. _levels − 1 in use

    /// <summary>A constant-Q transform with the given centre frequencies.</summary>
    /// <param name="frequencies">Centre frequencies (Hz) of the output bins, in output order; positive, and each filter's band
    /// must stay below the Nyquist frequency.</param>
    /// <param name="sampleRate">Input sample rate (Hz).</param>
    /// <param name="hopLength">Hop between frames (samples).</param>
    /// <param name="binsPerOctave">Bins per octave, which fixes Q = 1 / (2^(1/binsPerOctave) − 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ConstantQ(IReadOnlyList<double> frequencies, int sampleRate, int hopLength, int binsPerOctave)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        if (hopLength <= 0) throw new ArgumentOutOfRangeException(nameof(hopLength), $"hopLength={hopLength} must be positive");
        ValidateFrequencies(frequencies, sampleRate, binsPerOctave);
        _sampleRate = sampleRate;
        _hopLength = hopLength;
        double q = QualityFactor(binsPerOctave);
        int maxLevel = BitOperations.TrailingZeroCount(hopLength);
        _kernels = new CqtKernel[frequencies.Count];
        for (int b = 0; b < frequencies.Count; b++) _kernels[b] = new CqtKernel(frequencies[b], q, sampleRate, Level(frequencies[b], q, sampleRate, maxLevel));
        _levels = _kernels.Length == 0 ? 1 : _kernels.Max(k => k.Level) + 1;
    }

    /// <summary>Number of output bins (the number of centre frequencies).</summary>
    public int Bins => _kernels.Length;

    /// <summary>The quality factor Q = f / Δf = 1 / (2^(1/<paramref name="binsPerOctave"/>) − 1); ≈ 51.44 for 36 bins per octave.</summary>
    public static double QualityFactor(int binsPerOctave) => 1 / (Math.Pow(2, 1.0 / binsPerOctave) - 1);

    /// <summary>Frames of a signal of <paramref name="samples"/> samples: 1 + ⌊samples / hop⌋, or 0 for an empty signal.</summary>
    public static long FrameCount(long samples, int hopLength) => samples == 0 ? 0 : 1 + samples / hopLength;

    /// <summary>Throws unless every frequency is positive and its filter's band, f · (1 + 0.75 / Q) (the Hann window's half
    /// bandwidth, as librosa checks), lies below the Nyquist frequency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A frequency or rate is out of range.</exception>
    public static void ValidateFrequencies(IReadOnlyList<double> frequencies, int sampleRate, int binsPerOctave)
    {
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), $"sampleRate={sampleRate} must be positive");
        if (binsPerOctave <= 0)
            throw new ArgumentOutOfRangeException(nameof(binsPerOctave), $"binsPerOctave={binsPerOctave} must be positive");
        double q = QualityFactor(binsPerOctave);
        foreach (double f in frequencies)
        {
            double cutoff = f * (1 + 0.75 / q);
            if (!(f > 0) || cutoff >= sampleRate / 2.0)
            {
                throw new ArgumentOutOfRangeException(nameof(frequencies),
                    $"frequency {f} Hz (band up to {cutoff:F1} Hz) must be positive and below the Nyquist frequency {sampleRate / 2.0} Hz");
            }
        }
    }

    /// <summary>
    /// Streams <paramref name="audio"/> block by block and calls <paramref name="onFrame"/> once per frame, in order, with the
    /// frame index k and the magnitudes of all <see cref="Bins"/> bins. The span is reused: copy what must outlive the call.
    /// </summary>
    /// <param name="audio">Mono audio at the transform's sample rate; read to the end.</param>
    /// <param name="onFrame">Receives (k, magnitudes); frame k is centred on time k · hop / sampleRate s.</param>
    /// <param name="threads">Threads the filters of a block are spread over; 0 (default) for one per core. The result does
    /// not depend on it.</param>
    /// <returns>The number of frames, 1 + ⌊L / hop⌋ for L &gt; 0 samples read (0 for none).</returns>
    /// <exception cref="ArgumentException">The stream's sample rate differs from the transform's.</exception>
    public long Transform(MonoAudioStream audio, Action<long, ReadOnlySpan<float>> onFrame, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(onFrame);
        if (audio.SampleRate != _sampleRate)
            throw new ArgumentException($"audio sample rate {audio.SampleRate} Hz differs from the transform's {_sampleRate} Hz", nameof(audio));

        var left = new int[_levels];   // samples before a frame centre that the level's filters read
        var right = new int[_levels];  // one past the farthest sample the level's filters read, relative to the frame centre
        foreach (CqtKernel kernel in _kernels)
        {
            left[kernel.Level] = Math.Max(left[kernel.Level], kernel.Left);
            right[kernel.Level] = Math.Max(right[kernel.Level], kernel.Length - kernel.Left);
        }
        // Level d starts early enough for frame 0's filters and for level d + 1's first sample (2·start − Reach).
        var start = new long[_levels];
        start[_levels - 1] = -left[_levels - 1];
        for (int d = _levels - 2; d >= 0; d--) start[d] = Math.Min(-left[d], 2 * start[d + 1] - HalfbandDecimator.Reach);
        var buffers = new SlidingBuffer[_levels];
        for (int d = 0; d < _levels; d++) buffers[d] = new SlidingBuffer(start[d], 2 * BlockLength);
        buffers[0].Append((int)-start[0]).Clear(); // zeros before the signal (centred frames)

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        var magnitudes = Array.Empty<float>();
        long samples = 0, k = 0, frames = long.MaxValue;
        while (k < frames)
        {
            if (frames == long.MaxValue)
            {
                int read = ReadFully(audio, buffers[0].Append(BlockLength));
                samples += read;
                if (read < BlockLength) frames = FrameCount(samples, _hopLength);
            }
            else
            {
                buffers[0].Append(BlockLength).Clear(); // zeros after the signal
            }
            for (int d = 1; d < _levels; d++) Decimate(buffers[d - 1], buffers[d]);
            long ready = k;
            while (ready < frames && Ready(buffers, right, ready)) ready++;
            int count = (int)(ready - k), bins = _kernels.Length;
            if (magnitudes.Length < count * bins) magnitudes = new float[count * bins];
            long firstFrame = k;
            var rows = magnitudes;
            if (count > 0) Parallel.For(0, bins, parallel, b => FilterMagnitudes(buffers, b, firstFrame, count, rows.AsSpan(b), bins));
            for (; k < ready; k++) onFrame(k, magnitudes.AsSpan((int)(k - firstFrame) * bins, bins));
            for (int d = 0; d < _levels; d++)
            {
                long keep = k * (_hopLength >> d) - left[d];
                if (d + 1 < _levels) keep = Math.Min(keep, 2 * buffers[d + 1].End - HalfbandDecimator.Reach);
                buffers[d].DiscardBefore(keep);
            }
        }
        return frames;
    }

    /// <summary>Filter <paramref name="b"/>'s magnitudes in frames <paramref name="first"/> to first + count − 1, read from
    /// its level's buffer; frame i's goes to <c>destination[i · stride]</c>.</summary>
    private void FilterMagnitudes(SlidingBuffer[] buffers, int b, long first, int count, Span<float> destination, int stride)
    {
        CqtKernel kernel = _kernels[b];
        int hop = _hopLength >> kernel.Level;
        var windows = buffers[kernel.Level].Slice(first * hop - kernel.Left, kernel.Length + (count - 1) * hop);
        kernel.Magnitudes(windows, hop, count, destination, stride);
    }

    /// <summary>The largest decimation level d ≤ <paramref name="maxLevel"/> whose alias-free passband holds the filter's
    /// main lobe, f · (1 + 2 / Q).</summary>
    private static int Level(double frequency, double q, int sampleRate, int maxLevel)
    {
        int d = 0;
        while (d < maxLevel && frequency * (1 + 2 / q) <= HalfbandDecimator.PassbandFraction * sampleRate / (1 << (d + 1))) d++;
        return d;
    }

    private bool Ready(SlidingBuffer[] buffers, int[] right, long k)
    {
        for (int d = 0; d < buffers.Length; d++)
            if (right[d] > 0 && buffers[d].End < k * (_hopLength >> d) + right[d]) return false;
        return true;
    }

    /// <summary>Extends level <paramref name="target"/> by every sample that <paramref name="source"/> now covers.</summary>
    private static void Decimate(SlidingBuffer source, SlidingBuffer target)
    {
        // Target sample m reads source [2m − Reach, 2m − Reach + Span).
        long last = (source.End - HalfbandDecimator.Span + HalfbandDecimator.Reach) >> 1; // largest m whose window fits (floor)
        long first = target.End;
        if (last < first) return;
        int count = (int)(last - first + 1);
        HalfbandDecimator.Decimate(source.Slice(2 * first - HalfbandDecimator.Reach, 2 * (count - 1) + HalfbandDecimator.Span), target.Append(count));
    }

    /// <summary>Reads until <paramref name="destination"/> is full or the stream ends; zero-fills the rest.</summary>
    private static int ReadFully(MonoAudioStream audio, Span<float> destination)
    {
        int total = 0, count;
        while (total < destination.Length && (count = audio.Read(destination[total..])) > 0) total += count;
        destination[total..].Clear();
        return total;
    }
}
