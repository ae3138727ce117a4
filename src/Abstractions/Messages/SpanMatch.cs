namespace Leitmotif.Abstractions.Messages;

/// <summary>One matched span of a theme in a recording.</summary>
/// <param name="Cost">Matching cost (lower is better).</param>
/// <param name="Start">Start of the span, seconds.</param>
/// <param name="End">End of the span, seconds.</param>
[GenerateSerializer, Immutable]
public sealed record SpanMatch([property: Id(0)] double Cost, [property: Id(1)] double Start, [property: Id(2)] double End);
