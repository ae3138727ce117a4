using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// Runs a batch of themes against every shard in the background and merges the shards' top-k lists (key: batch id). It
/// persists the batch, a cursor over its work items (theme chunk × shard) and the merged top-k per theme.
/// </summary>
public interface IQueryGrain : IGrainWithGuidKey
{
    /// <summary>Records the batch with a durable reminder that drives it to the end, and starts matching; returns at once. A batch
    /// already recorded keeps its themes, and goes on here if it is unfinished and not running.</summary>
    Task StartAsync(QueryBatch batch);

    /// <summary>How far matching has got; never starts work.</summary>
    Task<QueryStatus> GetStatusAsync();

    /// <summary>The status now, then one update per shard whose top-k lists were merged, ending with the finished status;
    /// never starts work.</summary>
    IAsyncEnumerable<QueryUpdate> WatchAsync(CancellationToken cancellationToken = default);

    /// <summary>The merged rankings, one per theme in batch order; complete once the status says finished.</summary>
    Task<IReadOnlyList<ThemeRanking>> GetResultsAsync();
}
