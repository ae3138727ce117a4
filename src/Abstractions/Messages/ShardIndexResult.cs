namespace Leitmotif.Abstractions.Messages;

/// <summary>The outcome of one indexing work item in one shard.</summary>
/// <param name="State">Whether the work is finished (then the other fields are complete).</param>
/// <param name="Counts">What it did to the recordings (its failures counted too).</param>
/// <param name="Failures">Recordings that could not be indexed, each with a one-line reason naming it.</param>
[GenerateSerializer, Immutable]
public sealed record ShardIndexResult(
    [property: Id(0)] ShardWorkState State,
    [property: Id(1)] IndexCounts Counts,
    [property: Id(2)] IReadOnlyList<IndexFailure> Failures);
