namespace Leitmotif.Abstractions.Messages;

/// <summary>One step of an indexing job, as <see cref="IIndexJobGrain.WatchAsync"/> streams it: a shard that finished its part
/// of a work item, and the job's counts after it.</summary>
/// <param name="Shard">The shard's key; null for the job's counts when watching starts.</param>
/// <param name="Total">Audio files under the job's roots; -1 until counted.</param>
/// <param name="Indexed">Recordings whose features were computed so far.</param>
/// <param name="Reused">Recordings whose stored features were reused so far.</param>
/// <param name="Failed">Recordings that failed so far (<see cref="IIndexJobGrain.GetProgressAsync"/> lists them).</param>
/// <param name="Finished">Whether every recording has been handled; the last update of a stream.</param>
[GenerateSerializer, Immutable]
public sealed record IndexUpdate(
    [property: Id(0)] string? Shard,
    [property: Id(1)] int Total,
    [property: Id(2)] int Indexed,
    [property: Id(3)] int Reused,
    [property: Id(4)] int Failed,
    [property: Id(5)] bool Finished)
{
    /// <summary>Recordings handled so far.</summary>
    public int Done => Indexed + Reused + Failed;
}
