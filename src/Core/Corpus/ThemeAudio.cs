using System.Text.Json;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// The corpus themes as audio queries (query by example): each theme of <see cref="CorpusBuilder.ThemesFolder"/> rendered
/// alone with FluidSynth to <see cref="Folder"/> (same file stem, <c>.wav</c>), and <see cref="TruthFile"/>: the truth of
/// those themes under their audio names, so <c>evaluate</c> scores them as it scores the MIDI themes.
/// </summary>
public static class ThemeAudio
{
    /// <summary>Folder of the rendered themes inside the corpus folder.</summary>
    public const string Folder = "themes_audio";

    /// <summary>The truth file of the audio themes inside the corpus folder.</summary>
    public const string TruthFile = "truth_audio.json";

    /// <summary>The audio theme's file name of a MIDI theme's.</summary>
    public static string FileName(string midiTheme) => Path.ChangeExtension(midiTheme, ".wav");

    /// <summary>Renders the themes not rendered yet (in parallel, written atomically) and writes <see cref="TruthFile"/> for
    /// every theme whose audio exists.</summary>
    /// <param name="corpusFolder">The corpus folder, holding <see cref="CorpusBuilder.ThemesFolder"/>.</param>
    /// <param name="truth">The MIDI themes' truth entries, several per theme where it has several recordings.</param>
    /// <param name="render">SoundFont, sample rate and time limit.</param>
    /// <param name="parallelism">How many FluidSynth processes run at once.</param>
    /// <param name="skipped">Receives one line per theme that could not be rendered.</param>
    /// <returns>How many themes have audio.</returns>
    public static int RenderMissing(string corpusFolder, IReadOnlyList<TruthEntry> truth, RenderOptions render, int parallelism, List<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(truth);
        Directory.CreateDirectory(Path.Combine(corpusFolder, Folder));
        AtomicFile.RemoveStale(Path.Combine(corpusFolder, Folder));
        var themes = truth.Select(t => t.Theme).Distinct().Order(StringComparer.Ordinal).ToList();
        Parallel.ForEach(themes, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, theme =>
        {
            var path = Path.Combine(corpusFolder, Folder, FileName(theme));
            if (File.Exists(path)) return;
            try
            {
                FluidSynthRenderer.Render(Path.Combine(corpusFolder, CorpusBuilder.ThemesFolder, theme), path, render);
            }
            catch (Exception e) when (e is InputException or IOException)
            {
                lock (skipped) skipped.Add(e is InputException ? e.Message : $"{path}: {e.Message}");
            }
        });

        var rendered = themes.Where(t => File.Exists(Path.Combine(corpusFolder, Folder, FileName(t)))).ToHashSet(StringComparer.Ordinal);
        var audioTruth = truth.Where(t => rendered.Contains(t.Theme)).Select(t => t with { Theme = FileName(t.Theme) }).ToList();
        AtomicFile.WriteText(Path.Combine(corpusFolder, TruthFile), JsonSerializer.Serialize(audioTruth, JsonFiles.SerializerOptions));
        return rendered.Count;
    }
}
