using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>
/// Takes a work item's files to their shards: each file's partition comes from its recording id, and within a partition
/// the files are offered along the chain of shards, generation 0 first; a shard claims the files it holds and new ones
/// while it has room, and the rest go to the next shard (the chain grows by one shard when it ends).
/// </summary>
/// <param name="precision">The network precision of <c>ctc:</c> kinds, as in <see cref="IndexJobRequest.Precision"/>.</param>
/// <param name="shardDone">Told each time a shard has finished its part of a work item, with that part's outcome.</param>
internal sealed class ShardIndexRouting(IGrainFactory grains, string featureKind, string? precision, Action<string, ShardIndexResult> shardDone)
{
    private ICatalogGrain Catalog => grains.GetGrain<ICatalogGrain>(CatalogNames.Default);

    /// <summary>Indexes <paramref name="paths"/>; returns the summed outcome once every shard involved has finished.</summary>
    public async Task<ShardIndexResult> IndexAsync(string workId, IReadOnlyList<string> paths)
    {
        var chains = await ClusterRetry.RunAsync(() => Catalog.GetChainLengthsAsync());
        var partitions = paths.GroupBy(p => ShardKeys.PartitionOf(RecordingIds.FromPath(p)));
        var results = await Task.WhenAll(partitions.Select(g => IndexInPartitionAsync(workId, g.Key, g.ToList(), chains[g.Key])));
        return Sum(results.SelectMany(r => r));
    }

    private async Task<List<ShardIndexResult>> IndexInPartitionAsync(string workId, int partition, IReadOnlyList<string> paths, int chainLength)
    {
        var waits = new List<Task<List<ShardIndexResult>>>();
        IReadOnlyList<string> remaining = paths;
        for (int generation = 0; remaining.Count > 0; generation++)
        {
            if (generation >= chainLength)
                chainLength = await ClusterRetry.RunAsync(() => Catalog.ExtendChainAsync(partition, generation));
            var shard = grains.GetGrain<IShardGrain>(ShardKeys.Of(partition, generation));
            var offered = remaining;
            var unclaimed = await ClusterRetry.RunAsync(() => shard.StartIndexAsync(workId, offered, featureKind, precision));
            if (unclaimed.Count < offered.Count)
            {
                var claimed = offered.Except(unclaimed, StringComparer.Ordinal).ToList();
                waits.Add(WaitAsync(workId, partition, shard, claimed));
            }
            remaining = unclaimed;
        }
        return (await Task.WhenAll(waits)).SelectMany(r => r).ToList();
    }

    /// <summary>Waits for a shard's part of the item; when the shard no longer knows the work (its silo restarted), the
    /// files are routed again from the start of the chain under a new work id: the work is idempotent.</summary>
    private async Task<List<ShardIndexResult>> WaitAsync(string workId, int partition, IShardGrain shard, IReadOnlyList<string> claimed)
    {
        while (true)
        {
            var result = await ClusterRetry.RunAsync(() => shard.WaitIndexAsync(workId));
            if (result.State == ShardWorkState.Finished)
            {
                shardDone(shard.GetPrimaryKeyString(), result);
                return [result];
            }
            if (result.State == ShardWorkState.Unknown)
            {
                var chains = await ClusterRetry.RunAsync(() => Catalog.GetChainLengthsAsync());
                return await IndexInPartitionAsync($"{workId}'", partition, claimed, chains[partition]);
            }
        }
    }

    private static ShardIndexResult Sum(IEnumerable<ShardIndexResult> results)
    {
        var all = results.ToList();
        return new ShardIndexResult(ShardWorkState.Finished, all.Sum(r => r.Indexed), all.Sum(r => r.Reused),
            all.SelectMany(r => r.Failures).ToList());
    }
}
