using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// The shard directory (counts per shard, never a list of recordings), removal of recordings from every shard, and the
/// unfinished indexing and training jobs, which <c>status</c> lists (key: <see cref="CatalogNames.Default"/>). Jobs resume through their own reminders, not through the catalog.
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

    /// <summary>Drops the recordings at or below each of <paramref name="locations"/> from every shard, with their features.</summary>
    Task<RecordingRemoval> RemoveAsync(IReadOnlyList<string> locations);

    /// <summary>Drops the recordings whose source is gone from every shard (only those at or below <paramref name="under"/>
    /// when given), with their features.</summary>
    Task<RecordingRemoval> PruneAsync(IReadOnlyList<string>? under);

    /// <summary>Whether the index was made by this version's layout, which names recordings by their path below their root;
    /// false for an index made by an earlier version, which identified them by absolute path and must be made again.</summary>
    Task<bool> IsCurrentFormatAsync();

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
