namespace Leitmotif.Abstractions.Messages;

/// <summary>One step of an indexing job, as <see cref="IIndexJobGrain.WatchAsync"/> streams it: a shard that finished its part
/// of a work item, and the job's counts after it.</summary>
/// <param name="Shard">The shard's key; null for the job's counts when watching starts.</param>
/// <param name="Total">Audio files under the job's roots; -1 until counted.</param>
/// <param name="Counts">What the job did so far (<see cref="IIndexJobGrain.GetProgressAsync"/> lists the failures).</param>
/// <param name="Finished">Whether every recording has been handled; the last update of a stream.</param>
[GenerateSerializer, Immutable]
public sealed record IndexUpdate(
    [property: Id(0)] string? Shard,
    [property: Id(1)] int Total,
    [property: Id(2)] IndexCounts Counts,
    [property: Id(3)] bool Finished)
{
    /// <summary>Recordings handled so far.</summary>
    public int Done => Counts.Done;
}
