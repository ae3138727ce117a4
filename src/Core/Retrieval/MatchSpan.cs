namespace Leitmotif.Core.Retrieval;

/// <summary>One occurrence of a theme in a recording: where it lies and how well it matches.</summary>
/// <param name="Cost">Matching score (lower is better), on the scale of <see cref="MatchScoring"/>.</param>
/// <param name="StartSeconds">Start of the matched span.</param>
/// <param name="EndSeconds">End of the matched span; never after the recording's end.</param>
public sealed record MatchSpan(double Cost, double StartSeconds, double EndSeconds);
