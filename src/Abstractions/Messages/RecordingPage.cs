namespace Leitmotif.Abstractions.Messages;

/// <summary>A page of the indexed recordings.</summary>
/// <param name="Total">Recordings in the catalog.</param>
/// <param name="Offset">Position of the first recording of the page.</param>
/// <param name="Recordings">The page, shard by shard and by path within a shard.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingPage(
    [property: Id(0)] int Total,
    [property: Id(1)] int Offset,
    [property: Id(2)] IReadOnlyList<RecordingSummary> Recordings);
