namespace Leitmotif.Abstractions.Messages;

/// <summary>A shard's best matches for a chunk of themes.</summary>
/// <param name="State">Whether the work is finished (then <paramref name="Matches"/> is complete).</param>
/// <param name="Matches">Per theme of the chunk, its best recordings of this shard, best first.</param>
/// <param name="Recordings">Recordings of the shard that have features of the kind matched.</param>
/// <param name="Spreads">Per theme of the chunk, how its best costs spread over all the shard's recordings (for the confidence).</param>
[GenerateSerializer, Immutable]
public sealed record ShardMatchResult(
    [property: Id(0)] ShardWorkState State,
    [property: Id(1)] IReadOnlyList<IReadOnlyList<RecordingMatch>> Matches,
    [property: Id(2)] int Recordings,
    [property: Id(3)] IReadOnlyList<CostSpread> Spreads);
