using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of the catalog grain: counts and a shard directory, never a list of recordings.</summary>
[GenerateSerializer]
public sealed class CatalogState
{
    /// <summary>Shards by key, with their counts as last reported.</summary>
    [Id(0)] public Dictionary<string, ShardInfo> Shards { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Indexing jobs not yet finished.</summary>
    [Id(1)] public HashSet<string> ActiveJobs { get; set; } = [];

    /// <summary>Training jobs not yet finished.</summary>
    [Id(2)] public HashSet<string> ActiveTrainingJobs { get; set; } = [];

    /// <summary>Shards in each partition's chain, indexed by partition.</summary>
    [Id(3)] public int[] ChainLengths { get; set; } = new int[ShardKeys.Partitions];

    /// <summary>The layout of the index the shards hold: <see cref="CurrentFormat"/>, or 0 for an index made before recordings
    /// had names (keyed by absolute path, partitioned by it), which cannot be found by name and must be made again.</summary>
    [Id(4)] public int Format { get; set; }

    /// <summary>The layout of this version: recordings keyed and partitioned by their path below their root and their content.</summary>
    public const int CurrentFormat = 2;
}
