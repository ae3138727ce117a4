namespace Leitmotif.Core.Retrieval;

/// <summary>A theme's best match in one recording, in seconds.</summary>
/// <param name="Cost">Matching cost Δ (mean cost per query frame; lower is better).</param>
/// <param name="StartSeconds">Start of the matched span.</param>
/// <param name="EndSeconds">End of the matched span.</param>
/// <param name="Transposition">Semitones the query was shifted by (0 unless transposition invariance is on).</param>
/// <param name="TempoFactor">Query tempo factor that matched best.</param>
public sealed record ScoredMatch(double Cost, double StartSeconds, double EndSeconds, int Transposition, double TempoFactor);
