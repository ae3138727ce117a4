using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// The shard directory (counts per shard, never a list of recordings) and the unfinished indexing and training jobs, which
/// <c>status</c> lists (key: <see cref="CatalogNames.Default"/>). Jobs resume through their own reminders, not through the catalog.
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

    /// <summary>Lists an indexing job as running.</summary>
    Task RegisterJobAsync(string jobId);

    /// <summary>Forgets a finished indexing job.</summary>
    Task CompleteJobAsync(string jobId);

    /// <summary>Lists a training job (<see cref="ITrainerGrain"/>) as running.</summary>
    Task RegisterTrainingJobAsync(string jobName);

    /// <summary>Forgets a finished training job.</summary>
    Task CompleteTrainingJobAsync(string jobName);

    /// <summary>Counts of what the catalog holds.</summary>
    Task<ClusterStatus> GetStatusAsync();
}
