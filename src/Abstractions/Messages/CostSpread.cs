namespace Leitmotif.Abstractions.Messages;

/// <summary>How one theme's best costs spread over a set of recordings: count, sum and sum of squares (they add up over shards).</summary>
[GenerateSerializer, Immutable]
public sealed record CostSpread([property: Id(0)] int Count, [property: Id(1)] double Sum, [property: Id(2)] double SumOfSquares);
