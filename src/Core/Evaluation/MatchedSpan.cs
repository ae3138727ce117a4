namespace Leitmotif.Core.Evaluation;

/// <summary>One matched span in a <c>results.json</c> ranking entry's <c>matches</c>.</summary>
/// <param name="Cost">Matching cost (lower is better).</param>
/// <param name="Start">Start of the span, in seconds of the recording.</param>
/// <param name="End">End of the span, in seconds of the recording.</param>
public sealed record MatchedSpan(double Cost, double Start, double End);
