namespace Leitmotif.Core.Corpus;

/// <summary>One performance of the ASAP dataset: one row of its <c>metadata.csv</c>, paths made absolute.</summary>
/// <param name="Composer">Composer, e.g. <c>Bach</c>.</param>
/// <param name="Title">Title as ASAP spells it, e.g. <c>Fugue_bwv_846</c>.</param>
/// <param name="Folder">Score folder relative to the dataset root, e.g. <c>Bach/Fugue/bwv_846</c>.</param>
/// <param name="ScoreMidi">Absolute path of the quantised score MIDI file.</param>
/// <param name="PerformanceMidi">Absolute path of the performance MIDI file.</param>
/// <param name="PerformanceAnnotations">Absolute path of the performance's beat annotations.</param>
/// <param name="ScoreAnnotations">Absolute path of the score's beat annotations.</param>
/// <remarks>Foscarin et al., "ASAP: a dataset of aligned scores and performances for piano transcription", ISMIR 2020.</remarks>
public sealed record AsapPerformance(
    string Composer,
    string Title,
    string Folder,
    string ScoreMidi,
    string PerformanceMidi,
    string PerformanceAnnotations,
    string ScoreAnnotations)
{
    /// <summary>The piece this is a performance of: <c>composer/title</c>. Score folders that differ only in repeats are one piece.</summary>
    public string Piece => $"{Composer}/{Title}";

    /// <summary>The performer, from the performance file's name without extension, e.g. <c>Shi05M</c>.</summary>
    public string Performer => Path.GetFileNameWithoutExtension(PerformanceMidi);
}
