namespace Leitmotif.Core.Corpus;

/// <summary>One rendered audio file of the corpus, as listed in <c>corpus.json</c>.</summary>
/// <param name="File">Path relative to the corpus folder, e.g. <c>recordings/Bach_Fugue_bwv_846_Shi05M.wav</c>.</param>
/// <param name="Composer">Composer.</param>
/// <param name="Title">Title as ASAP spells it.</param>
/// <param name="Performer">Performer (the ASAP performance file's name).</param>
/// <param name="Fold">Cross-validation fold of the piece, 1–5.</param>
/// <param name="DurationSeconds">Length of the rendered audio in seconds.</param>
/// <param name="Program">The General MIDI program that replaced every instrument, or null for the performance's own.</param>
/// <param name="Benchmark">Whether this is the piece's retrieval recording (in <c>recordings/</c>, with themes and truth) rather
/// than training-only audio (in <c>performances/</c>).</param>
public sealed record CorpusRecording(
    string File, string Composer, string Title, string Performer, int Fold, double DurationSeconds, int? Program, bool Benchmark);
