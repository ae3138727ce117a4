using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Runs a batch of themes against every indexed recording in the background and merges the rankings (key: batch id).</summary>
public interface IQueryGrain : IGrainWithGuidKey
{
    /// <summary>Records the batch and starts matching; returns at once.</summary>
    Task StartAsync(QueryBatch batch);

    /// <summary>How far matching has got.</summary>
    Task<QueryStatus> GetStatusAsync();

    /// <summary>The merged rankings, one per theme in batch order; complete once the status says finished.</summary>
    Task<IReadOnlyList<ThemeRanking>> GetResultsAsync();
}
