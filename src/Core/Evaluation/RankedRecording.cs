namespace Leitmotif.Core.Evaluation;

/// <summary>One recording in a theme's ranking.</summary>
/// <param name="Recording">Recording file name, without folder.</param>
/// <param name="Cost">Matching cost (lower is better).</param>
/// <param name="Start">Start of the matched span, in seconds of the recording.</param>
/// <param name="End">End of the matched span, in seconds of the recording.</param>
public sealed record RankedRecording(string Recording, double Cost, double Start, double End);
