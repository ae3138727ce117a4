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
}
