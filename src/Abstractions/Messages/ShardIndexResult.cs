namespace Leitmotif.Abstractions.Messages;

/// <summary>The outcome of one indexing work item in one shard.</summary>
/// <param name="State">Whether the work is finished (then the other fields are complete).</param>
/// <param name="Indexed">Recordings whose features were computed.</param>
/// <param name="Reused">Recordings whose stored features were current.</param>
/// <param name="Failures">Recordings that could not be indexed, each with a one-line reason naming it.</param>
[GenerateSerializer, Immutable]
public sealed record ShardIndexResult(
    [property: Id(0)] ShardWorkState State,
    [property: Id(1)] int Indexed,
    [property: Id(2)] int Reused,
    [property: Id(3)] IReadOnlyList<IndexFailure> Failures);
