namespace Leitmotif.Core.Corpus;

/// <summary>One theme of the corpus, as listed in <c>corpus.json</c>.</summary>
/// <param name="File">Path relative to the corpus folder, e.g. <c>themes/Bach_Fugue_bwv_846_Shi05M_1.mid</c>.</param>
/// <param name="Recording">The recording it was cut for (relative path, program-less version).</param>
/// <param name="Fold">Cross-validation fold of the piece, 1–5.</param>
/// <param name="Start">Start of the excerpt in the recording, seconds.</param>
/// <param name="End">End of the excerpt in the recording, seconds.</param>
/// <param name="Bars">Number of bars.</param>
/// <param name="Notes">Number of notes.</param>
public sealed record CorpusTheme(string File, string Recording, int Fold, double Start, double End, int Bars, int Notes);
