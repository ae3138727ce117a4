namespace Leitmotif.Core.Evaluation;

/// <summary>The ranked recordings for one theme: one entry of a <c>results.json</c> file.</summary>
/// <param name="Theme">Theme file name, without folder.</param>
/// <param name="Ranking">Recordings, best (lowest cost) first.</param>
public sealed record ThemeResult(string Theme, IReadOnlyList<RankedRecording> Ranking);
