using Leitmotif.Core.Audio;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>
/// The CQT-chroma baseline (kind <c>cqt</c>): the magnitudes of the HCQT's h = 1 slice pooled into pitch classes, grouping the
/// bins centred on each semitone — with 36 bins per octave, pitch class p takes bins 3p − 1, 3p, 3p + 1 (mod 36) of every
/// octave, so bins 35, 0, 1 → C — and L2-normalised per frame (an all-zero frame becomes uniform, 1/√12). Themes are one-hot
/// note chroma at the same rate (25 Hz with the defaults).
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020 (CQT-chroma baseline; their notebook's centred grouping, unlike the network's fixed pooling
/// 0, 1, 2 → C); FMP §3.1.2 (chroma by pitch pooling). Bin 0 must be centred on a C (<see cref="HcqtOptions.FMin"/> = C1).
/// Magnitudes are pooled as librosa's <c>chroma_cqt</c> does, not the dB-scaled values of the network input: on the ASAP
/// benchmark (40 recordings, 111 themes) pooling the dB-scaled slice gave MRR 0.31, pooling magnitudes 0.52, because the
/// dB scale lifts every quiet bin and flattens the chroma.
/// </remarks>
public sealed class CqtChromaFeatures : IChromaFeatures
{
    private readonly HcqtOptions _options;
    private readonly int _harmonic;        // index of h = 1 in the options' harmonics
    private readonly int _binsPerSemitone;

    /// <summary>CQT chroma with the given HCQT parameters.</summary>
    /// <param name="options">HCQT parameters; <c>null</c> for the paper's. Must include harmonic 1 and have an odd number of
    /// bins per semitone (BinsPerOctave = 12 · odd).</param>
    /// <exception cref="ArgumentException">The options lack harmonic 1 or the bins do not group into semitones.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public CqtChromaFeatures(HcqtOptions? options = null)
    {
        _options = options ?? new HcqtOptions();
        _options.Validate();
        _harmonic = _options.HarmonicList.ToList().IndexOf(1.0);
        if (_harmonic < 0)
            throw new ArgumentException($"Harmonics=[{string.Join(", ", _options.HarmonicList)}] must include 1", nameof(options));
        _binsPerSemitone = _options.BinsPerOctave / Chroma.PitchClasses;
        if (_options.BinsPerOctave % Chroma.PitchClasses != 0 || _binsPerSemitone % 2 == 0)
            throw new ArgumentException($"BinsPerOctave={_options.BinsPerOctave} must be 12 × an odd number of bins per semitone", nameof(options));
    }

    /// <inheritdoc />
    public string Kind => "cqt";

    /// <inheritdoc />
    /// <remarks>2: pooling magnitudes instead of dB-scaled values.</remarks>
    public string Version => "2";

    /// <inheritdoc />
    public double FeatureRate => _options.OutputFrameRate;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream's sample rate differs from <see cref="HcqtOptions.SampleRate"/>.</exception>
    public FeatureMatrix Compute(MonoAudioStream audio) => Pool(Hcqt.Magnitudes(audio, _options));

    /// <inheritdoc />
    public FeatureAnalysis Analyse(MonoAudioStream audio)
    {
        HcqtMagnitudes hcqt = Hcqt.Magnitudes(audio, _options);
        var chroma = Pool(hcqt);
        return new FeatureAnalysis(chroma, hcqt.ToFrames(), chroma);
    }

    /// <summary>Chroma of the h = 1 slice of <paramref name="hcqt"/>: the magnitudes of the 3 bins centred on each semitone summed into its class.</summary>
    /// <returns>Frames × 12 at the HCQT's output rate, frames L2-normalised (zero → uniform).</returns>
    public FeatureMatrix Pool(HcqtMagnitudes hcqt)
    {
        var result = new FeatureMatrix(hcqt.Frames, Chroma.PitchClasses, FeatureRate);
        for (int t = 0; t < hcqt.Frames; t++)
        {
            Span<float> chroma = result.Frame(t);
            for (int b = 0; b < _options.Bins; b++) chroma[PitchClass(b)] += hcqt.Magnitude(t, b, _harmonic);
            FeatureNormalization.L2(chroma, 0);
        }
        return result;
    }

    /// <inheritdoc />
    /// <remarks>One-hot frames from <see cref="NoteChroma.FromNotes"/> already have unit L2 norm.</remarks>
    /// <exception cref="ArgumentException">The notes are empty, unsorted or have invalid times.</exception>
    public FeatureMatrix FromNotes(IReadOnlyList<Note> notes) => NoteChroma.FromNotes(notes, FeatureRate);

    /// <summary>Pitch class of CQT bin <paramref name="bin"/>: the semitone whose centre bin is nearest.</summary>
    private int PitchClass(int bin) => (bin + _binsPerSemitone / 2) % _options.BinsPerOctave / _binsPerSemitone;
}
