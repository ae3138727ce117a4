namespace Leitmotif.Abstractions.Messages;

/// <summary>One step of a query batch, as <see cref="IQueryGrain.WatchAsync"/> streams it: a shard whose top-k lists for a
/// chunk of themes were merged, and the batch's status after it.</summary>
/// <param name="Shard">The shard's key; null for the status when watching starts, or when the batch ends with an error.</param>
/// <param name="Status">The batch's status; the last update of a stream has <see cref="QueryStatus.Finished"/> set.</param>
[GenerateSerializer, Immutable]
public sealed record QueryUpdate([property: Id(0)] string? Shard, [property: Id(1)] QueryStatus Status);
