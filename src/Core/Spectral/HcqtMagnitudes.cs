using Leitmotif.Core.Features;

namespace Leitmotif.Core.Spectral;

/// <summary>
/// Phase one of the HCQT: median-reduced magnitudes at the output frame rate (25 Hz), plus the global maximum over every
/// full-rate frame and harmonic that the dB scaling needs. Phase two — scaling and normalising — runs on any frame range
/// (<see cref="ToFrames(int, int)"/>), so chunked inference never needs the whole (T, 216, 6) tensor.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020, Sec. 3; librosa <c>amplitude_to_db(ref=np.max, top_db=80)</c>.
/// Storage: each distinct centre frequency (756 for the paper's harmonics, see <see cref="Hcqt"/>) once per frame, as
/// <see cref="Half"/> of magnitude · 256 (saturating at <see cref="Half.MaxValue"/>), in chunks of 1024 frames: 1,512 B per
/// frame, 136 MB per hour at 25 Hz (float32 over all 1296 values would be 466 MB). Half keeps 11 significant bits (≤ 0.005 dB)
/// from 2.4·10⁻⁷ (normal range) up to 256; librosa-scaled magnitudes of audio in [−1, 1] stay below about 132.
/// </remarks>
public sealed class HcqtMagnitudes
{
    internal const int ChunkFrames = 1024;
    private const float StoreScale = 256f;
    private readonly HcqtLayout _layout;
    private readonly List<Half[]> _chunks = [];

    internal HcqtMagnitudes(HcqtOptions options, HcqtLayout layout)
    {
        Options = options;
        _layout = layout;
    }

    /// <summary>The parameters the magnitudes were computed with.</summary>
    public HcqtOptions Options { get; }

    /// <summary>Number of frames T at <see cref="HcqtOptions.OutputFrameRate"/>.</summary>
    public int Frames { get; private set; }

    /// <summary>Largest magnitude over all full-rate frames and all harmonics (the 0 dB reference); 0 for silence.</summary>
    public float GlobalMax { get; internal set; }

    /// <summary>Bytes held by the magnitude store.</summary>
    public long StoreBytes => (long)_chunks.Count * ChunkFrames * _layout.Frequencies.Count * sizeof(short);

    /// <summary>Median magnitude of <paramref name="bin"/> of harmonic index <paramref name="harmonic"/> at <paramref name="frame"/>
    /// (as stored, i.e. rounded to <see cref="Half"/> precision).</summary>
    public float Magnitude(int frame, int bin, int harmonic)
    {
        CheckFrame(frame, nameof(frame));
        return Stored(frame, _layout.Index[bin * Options.HarmonicList.Count + harmonic]);
    }

    /// <summary>Writes the dB-scaled values of one (frame, harmonic) slice: <c>clip(20·log10(mag / GlobalMax) / DynamicRangeDb + 1,
    /// 0, 1)</c>, all 0 when <see cref="GlobalMax"/> is 0. Not normalised.</summary>
    /// <param name="frame">Frame index, 0 ≤ frame &lt; <see cref="Frames"/>.</param>
    /// <param name="harmonic">Index into <see cref="HcqtOptions.HarmonicList"/>.</param>
    /// <param name="destination">Receives <see cref="HcqtOptions.Bins"/> values in [0, 1].</param>
    public void Scaled(int frame, int harmonic, Span<float> destination)
    {
        CheckFrame(frame, nameof(frame));
        int harmonics = Options.HarmonicList.Count;
        if ((uint)harmonic >= (uint)harmonics)
            throw new ArgumentOutOfRangeException(nameof(harmonic), $"harmonic={harmonic} must be in [0, {harmonics})");
        if (destination.Length != Options.Bins)
            throw new ArgumentException($"destination length {destination.Length} differs from Bins={Options.Bins}", nameof(destination));
        double dbPerLog10 = 20 / Options.DynamicRangeDb;
        for (int b = 0; b < destination.Length; b++)
        {
            float mag = Stored(frame, _layout.Index[b * harmonics + harmonic]);
            double v = GlobalMax > 0 ? dbPerLog10 * Math.Log10(mag / GlobalMax) + 1 : 0;
            destination[b] = (float)Math.Clamp(v, 0, 1); // log10(0) = −∞ clamps to 0
        }
    }

    /// <summary>Network input for the whole recording; see <see cref="ToFrames(int, int)"/>.</summary>
    public HcqtFrames ToFrames() => ToFrames(0, Frames);

    /// <summary>Network input for frames [<paramref name="start"/>, <paramref name="end"/>): each (frame, harmonic) slice
    /// <see cref="Scaled"/> and L2-normalised, an all-zero slice becoming uniform (every entry 1/√Bins). Identical to the same
    /// frames of <see cref="ToFrames()"/>.</summary>
    /// <returns>(end − start, Bins, harmonics) in C order; requires the paper's 216 bins and 6 harmonics (<see cref="HcqtFrames"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within [0, <see cref="Frames"/>].</exception>
    /// <exception cref="InvalidOperationException">The options do not have the shape of <see cref="HcqtFrames"/>.</exception>
    public HcqtFrames ToFrames(int start, int end)
    {
        if (start < 0 || end < start || end > Frames)
            throw new ArgumentOutOfRangeException(nameof(start), $"range [{start}, {end}) must lie within [0, {Frames}]");
        int harmonics = Options.HarmonicList.Count, bins = Options.Bins;
        if (bins != HcqtFrames.Bins || harmonics != HcqtFrames.Harmonics)
            throw new InvalidOperationException($"Bins={bins} × {harmonics} harmonics differ from HcqtFrames' {HcqtFrames.Bins} × {HcqtFrames.Harmonics}");
        var data = new float[(end - start) * bins * harmonics];
        Parallel.For(start, end, t =>
        {
            Span<float> slice = stackalloc float[bins];
            Span<float> frame = data.AsSpan((t - start) * bins * harmonics, bins * harmonics);
            for (int h = 0; h < harmonics; h++)
            {
                Scaled(t, h, slice);
                FeatureNormalization.L2(slice, 0);
                for (int b = 0; b < bins; b++) frame[b * harmonics + h] = slice[b];
            }
        });
        return new HcqtFrames(data, end - start);
    }

    /// <summary>Appends output frame <see cref="Frames"/> from the distinct-frequency magnitudes <paramref name="medians"/>.</summary>
    internal void Append(ReadOnlySpan<float> medians)
    {
        int values = _layout.Frequencies.Count, slot = Frames % ChunkFrames;
        if (slot == 0) _chunks.Add(new Half[ChunkFrames * values]);
        Span<Half> target = _chunks[^1].AsSpan(slot * values, values);
        for (int u = 0; u < values; u++) target[u] = (Half)Math.Min(medians[u] * StoreScale, (float)Half.MaxValue);
        Frames++;
    }

    private float Stored(int frame, int u) =>
        (float)_chunks[frame / ChunkFrames][frame % ChunkFrames * _layout.Frequencies.Count + u] / StoreScale;

    private void CheckFrame(int frame, string name)
    {
        if ((uint)frame >= (uint)Frames) throw new ArgumentOutOfRangeException(name, $"{name}={frame} must be in [0, {Frames})");
    }
}
