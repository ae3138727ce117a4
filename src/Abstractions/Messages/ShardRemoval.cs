namespace Leitmotif.Abstractions.Messages;

/// <summary>What removing recordings did in one shard, with the shard's counts afterwards for the catalog's directory.</summary>
/// <param name="Removal">The shard's part (<see cref="RecordingRemoval.Remaining"/> counts this shard's recordings).</param>
/// <param name="Shard">The shard's counts afterwards.</param>
[GenerateSerializer, Immutable]
public sealed record ShardRemoval([property: Id(0)] RecordingRemoval Removal, [property: Id(1)] ShardInfo Shard);
