using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// Runs a batch of themes against every shard in the background and merges the shards' top-k lists (key: batch id). It
/// persists the batch, a cursor over its work items (theme chunk × shard) and the merged top-k per theme.
/// </summary>
public interface IQueryGrain : IGrainWithGuidKey
{
    /// <summary>Records the batch and starts matching; returns at once.</summary>
    Task StartAsync(QueryBatch batch);

    /// <summary>Continues an unfinished batch after a restart; does nothing when finished or running.</summary>
    Task ResumeAsync();

    /// <summary>How far matching has got.</summary>
    Task<QueryStatus> GetStatusAsync();

    /// <summary>The merged rankings, one per theme in batch order; complete once the status says finished.</summary>
    Task<IReadOnlyList<ThemeRanking>> GetResultsAsync();
}
