using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// The shard directory (counts per shard, never a list of recordings) and the unfinished background work, so that a
/// restarted silo resumes it (key: <see cref="CatalogNames.Default"/>).
/// </summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    /// <summary>How many shards each partition's chain has, indexed by partition.</summary>
    Task<IReadOnlyList<int>> GetChainLengthsAsync();

    /// <summary>Makes sure <paramref name="partition"/>'s chain has a shard at <paramref name="generation"/> (adding it when the
    /// chain ends just before); returns the chain's length.</summary>
    Task<int> ExtendChainAsync(int partition, int generation);

    /// <summary>Records a shard's counts, as the shard reports them after each change.</summary>
    Task UpdateShardAsync(ShardInfo shard);

    /// <summary>Every shard with its counts, by partition and generation.</summary>
    Task<IReadOnlyList<ShardInfo>> GetShardsAsync();

    /// <summary>Up to <paramref name="limit"/> recordings from position <paramref name="offset"/>, read page by page from the shards.</summary>
    Task<RecordingPage> ListAsync(int offset, int limit);

    /// <summary>Remembers an indexing job so that a restarted silo resumes it.</summary>
    Task RegisterJobAsync(string jobId);

    /// <summary>Forgets a finished indexing job.</summary>
    Task CompleteJobAsync(string jobId);

    /// <summary>Remembers a query batch so that a restarted silo resumes it.</summary>
    Task RegisterQueryAsync(Guid batchId);

    /// <summary>Forgets a finished query batch.</summary>
    Task CompleteQueryAsync(Guid batchId);

    /// <summary>Remembers a training job (<see cref="ITrainerGrain"/>) so that a restarted silo resumes it.</summary>
    Task RegisterTrainingJobAsync(string jobName);

    /// <summary>Forgets a finished training job.</summary>
    Task CompleteTrainingJobAsync(string jobName);

    /// <summary>Restarts every unfinished indexing job, query batch and training job; called when a silo starts.</summary>
    Task ResumeJobsAsync();

    /// <summary>Counts of what the catalog holds.</summary>
    Task<ClusterStatus> GetStatusAsync();
}
