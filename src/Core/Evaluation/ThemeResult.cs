namespace Leitmotif.Core.Evaluation;

/// <summary>The ranked recordings for one theme: one entry of a <c>results.json</c> file.</summary>
/// <param name="Theme">Theme file name, without folder.</param>
/// <param name="Ranking">Recordings, best (lowest cost) first.</param>
/// <param name="Confidence">How far the best cost stands out from the other recordings' costs, in units of their spread;
/// null in files without it.</param>
public sealed record ThemeResult(string Theme, IReadOnlyList<RankedRecording> Ranking, double? Confidence = null);
