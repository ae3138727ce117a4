using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// One weakly aligned score–audio pair, one line of <c>pairs.jsonl</c>: an audio segment whose start and end are known
/// from the beat annotations, and the melody of the score excerpt it contains.
/// </summary>
/// <param name="Audio">Audio file relative to the corpus folder.</param>
/// <param name="Fold">Cross-validation fold of the piece, 1–5.</param>
/// <param name="Piece">The piece, <c>composer/title</c>.</param>
/// <param name="Start">Start of the segment in the audio, seconds (the excerpt's first downbeat).</param>
/// <param name="End">End of the segment in the audio, seconds (the downbeat after its last bar).</param>
/// <param name="Bars">Number of bars.</param>
/// <param name="Notes">The excerpt's melody; onset and duration in annotated beats from the segment's start.</param>
/// <param name="BeatSeconds">The audio time in seconds of each annotated beat from the start to the end (inclusive), so beat
/// positions map to audio time for a strong alignment.</param>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4 (weakly aligned pairs for CTC training).</remarks>
public sealed record TrainingPair(
    string Audio, int Fold, string Piece, double Start, double End, int Bars, IReadOnlyList<BeatNote> Notes, IReadOnlyList<double> BeatSeconds);
