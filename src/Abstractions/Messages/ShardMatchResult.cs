namespace Leitmotif.Abstractions.Messages;

/// <summary>A shard's answer to a <see cref="ShardMatchRequest"/>: cost spreads when scoring, best matches when ranking.</summary>
/// <param name="State">Whether the work is finished (then the result is complete).</param>
/// <param name="Matches">When ranking: per theme of the chunk, its best recordings of this shard, best first; else empty.</param>
/// <param name="Recordings">Recordings of the shard that have features of the kind matched.</param>
/// <param name="Spreads">When scoring: per tempo version of the chunk (theme by theme, tempo by tempo), the spread of its best
/// costs over the shard's recordings; else empty.</param>
[GenerateSerializer, Immutable]
public sealed record ShardMatchResult(
    [property: Id(0)] ShardWorkState State,
    [property: Id(1)] IReadOnlyList<IReadOnlyList<RecordingMatch>> Matches,
    [property: Id(2)] int Recordings,
    [property: Id(3)] IReadOnlyList<CostSpread> Spreads);
