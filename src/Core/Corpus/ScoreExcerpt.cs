using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// A monophonic excerpt of a score: whole bars from one downbeat to a later one, and its melody (the highest note at
/// each onset). Beats are annotated beats (beat i = the i-th line of the annotation files), so the same excerpt has
/// known times in the score and in every performance.
/// </summary>
/// <param name="StartBeat">Index of the annotated downbeat where the excerpt starts.</param>
/// <param name="EndBeat">Index of the annotated downbeat where it ends (exclusive).</param>
/// <param name="Bars">Number of bars, EndBeat's downbeat being the <paramref name="Bars"/>-th after StartBeat's.</param>
/// <param name="Notes">The melody in onset order; onset and duration in annotated beats from <paramref name="StartBeat"/>,
/// ending by <paramref name="EndBeat"/>.</param>
public sealed record ScoreExcerpt(int StartBeat, int EndBeat, int Bars, IReadOnlyList<BeatNote> Notes)
{
    /// <summary>Whether the two excerpts share more than a boundary beat.</summary>
    public bool Overlaps(ScoreExcerpt other) => StartBeat < other.EndBeat && other.StartBeat < EndBeat;
}
