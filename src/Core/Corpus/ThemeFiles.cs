using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Writes a corpus theme in its three tempo versions, under the same file name in each theme folder so that one truth file
/// serves all three: <see cref="CorpusBuilder.ThemesFolder"/> at the performance's mean tempo over the excerpt,
/// <see cref="CorpusBuilder.ScoreThemesFolder"/> at the score's tempo beat by beat (<see cref="BeatTimeMap.ScoreTempi"/>: every
/// note falls at its time in the score MIDI file, counted from the first note), and <see cref="CorpusBuilder.StressThemesFolder"/>
/// at the score's tempi times a stress factor. One annotated beat is one MIDI quarter note in every version.
/// </summary>
/// <remarks>A user knows the score's tempo, not the performance's (issue 12, §1); the stress set spans the tempo ratios the
/// DTW step sizes absorb (<see cref="TempoStress"/>).</remarks>
public static class ThemeFiles
{
    /// <summary>The theme folders inside the corpus folder: performance, score and stress tempo.</summary>
    public static IReadOnlyList<string> Folders { get; } =
        [CorpusBuilder.ThemesFolder, CorpusBuilder.ScoreThemesFolder, CorpusBuilder.StressThemesFolder];

    /// <summary>Writes each version of the theme that is not there yet (atomically); finished files are kept, so an
    /// interrupted build resumes.</summary>
    /// <param name="corpusFolder">The corpus folder; theme folders are created where missing.</param>
    /// <param name="name">The file name, e.g. <c>Bach_Fugue_bwv_846_Shi05M_1.mid</c>; also the track name.</param>
    /// <param name="excerpt">The score excerpt; its notes are in annotated beats from its start beat.</param>
    /// <param name="map">The beat map of the score and the performance the excerpt belongs to.</param>
    /// <param name="performanceQpm">The performance's mean tempo over the excerpt, annotated beats per minute.</param>
    /// <param name="stressFactor">The stress version's tempo ÷ the score's, greater than zero.</param>
    public static void WriteMissing(string corpusFolder, string name, ScoreExcerpt excerpt, BeatTimeMap map, double performanceQpm, double stressFactor)
    {
        ArgumentNullException.ThrowIfNull(excerpt);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stressFactor);
        var scoreTempi = map.ScoreTempi(excerpt.StartBeat, excerpt.EndBeat);
        IReadOnlyList<TempoChange>[] tempi =
        [
            [new TempoChange(0, performanceQpm)],
            scoreTempi,
            [.. scoreTempi.Select(t => t with { Qpm = t.Qpm * stressFactor })],
        ];
        for (int v = 0; v < Folders.Count; v++)
        {
            var path = Path.Combine(corpusFolder, Folders[v], name);
            if (!File.Exists(path)) AtomicFile.Write(path, temporary => ThemeMidiFile.Write(temporary, name, excerpt.Notes, tempi[v]));
        }
    }
}
