using Leitmotif.Core.Audio;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>
/// The CENS baseline (kind <c>cens</c>): recordings as STFT chroma → CENS, themes as one-hot note chroma at the chroma rate
/// → the same CENS quantisation, smoothing and downsampling, so queries and recordings share statistics and rate
/// (5 Hz with the defaults).
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020 (CENS baseline); FMP §7.2.1, libfmp <c>C7S2</c>.</remarks>
public sealed class CensFeatures : IChromaFeatures
{
    private readonly ChromaOptions _chroma;
    private readonly CensOptions _cens;

    /// <summary>CENS with the given parameters (defaults: 10 Hz chroma, ℓ = 21, d = 2 → 5 Hz).</summary>
    /// <param name="chroma">STFT chroma parameters; <c>null</c> for the defaults.</param>
    /// <param name="cens">CENS parameters; <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public CensFeatures(ChromaOptions? chroma = null, CensOptions? cens = null)
    {
        _chroma = chroma ?? new ChromaOptions();
        _cens = cens ?? new CensOptions();
        _chroma.Validate();
        _cens.Validate();
    }

    /// <inheritdoc />
    public string Kind => "cens";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public double FeatureRate => _chroma.FeatureRate / _cens.Downsampling;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream's sample rate differs from <see cref="ChromaOptions.SampleRate"/>.</exception>
    public FeatureMatrix Compute(MonoAudioStream audio) => Cens.FromChroma(Chroma.Compute(audio, _chroma), _cens);

    /// <inheritdoc />
    public FeatureAnalysis Analyse(MonoAudioStream audio) => new(Compute(audio));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The notes are empty, unsorted or have invalid times.</exception>
    public FeatureMatrix FromNotes(IReadOnlyList<Note> notes) =>
        Cens.FromChroma(NoteChroma.FromNotes(notes, _chroma.FeatureRate), _cens);
}
