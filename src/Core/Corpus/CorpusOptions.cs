namespace Leitmotif.Core.Corpus;

/// <summary>What <see cref="CorpusBuilder"/> builds.</summary>
/// <param name="Seed">Seed of the fold assignment, the piece selection and the theme positions.</param>
/// <param name="MaxPieces">Build at most this many pieces (a seeded selection spread over the folds); null: all.</param>
/// <param name="Seconds">Render only the first this many seconds of each performance; null: whole performances.</param>
/// <param name="Programs">General MIDI programs (0–127) of extra versions of every rendering, all instruments replaced.</param>
/// <param name="BenchmarkOnly">Render only the one performance per piece that the themes and truth use; training pairs then
/// come from those alone.</param>
/// <param name="ThemesPerRecording">How many themes to take from each benchmark recording, spread over its rendered part.</param>
/// <param name="Parallelism">How many FluidSynth processes run at once.</param>
/// <param name="Excerpts">Bar and note bounds of themes and training pairs.</param>
/// <param name="Render">SoundFont, sample rate and time limit of the renderer.</param>
/// <param name="ThemesAudio">Also render each theme alone as audio (<see cref="ThemeAudio"/>), for query by example.</param>
public sealed record CorpusOptions(
    int Seed = 0,
    int? MaxPieces = null,
    double? Seconds = null,
    IReadOnlyList<int>? Programs = null,
    bool BenchmarkOnly = false,
    int ThemesPerRecording = 3,
    int Parallelism = 2,
    ExcerptOptions? Excerpts = null,
    RenderOptions? Render = null,
    bool ThemesAudio = false)
{
    /// <summary>Throws <see cref="ArgumentException"/> for values out of range, naming them.</summary>
    public void Validate()
    {
        if (MaxPieces is < 1) throw new ArgumentException($"MaxPieces={MaxPieces} must be at least 1");
        if (Seconds is { } s && !(s > 0)) throw new ArgumentException($"Seconds={s} must be greater than 0");
        foreach (var program in Programs ?? [])
        {
            if (program is < 0 or > 127) throw new ArgumentException($"program {program} is not a General MIDI program (0–127)");
        }
        if (ThemesPerRecording < 1) throw new ArgumentException($"ThemesPerRecording={ThemesPerRecording} must be at least 1");
        if (Parallelism < 1) throw new ArgumentException($"Parallelism={Parallelism} must be at least 1");
        (Excerpts ?? new ExcerptOptions()).Validate();
    }
}
