using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// Indexes the audio under a few roots as background work (key: job id). It walks the roots in a fixed order and persists
/// only a cursor (the last path handled) and counts, so its checkpoint stays the same size however far it has got.
/// </summary>
public interface IIndexJobGrain : IGrainWithStringKey
{
    /// <summary>Records the job with a durable reminder that drives it to the end, and starts it in the background; returns at once.
    /// A job already recorded keeps its request, and goes on here if it is unfinished and not running.</summary>
    Task StartAsync(IndexJobRequest request);

    /// <summary>How far the job has got, with its listed failures; never starts work.</summary>
    Task<IndexProgress> GetProgressAsync();

    /// <summary>The job's counts now, then one update each time a shard finishes its part of a work item, ending with the
    /// finished job's counts; never starts work.</summary>
    IAsyncEnumerable<IndexUpdate> WatchAsync(CancellationToken cancellationToken = default);
}
