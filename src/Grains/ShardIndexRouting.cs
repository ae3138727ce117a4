using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Shards;

namespace Leitmotif.Grains;

/// <summary>
/// Takes a work item's recordings to their shards: each recording's partition comes from its name (the part of its id the
/// name gives, <see cref="RecordingIds.NameKey"/>), and within a partition the recordings are offered along the chain of
/// shards, generation 0 first; a shard claims those whose name it holds and new names while it has room, and the rest go to
/// the next shard (the chain grows by one shard when it ends).
/// </summary>
/// <param name="precision">The network precision of <c>ctc:</c> kinds, as in <see cref="IndexJobRequest.Precision"/>.</param>
/// <param name="shardDone">Told each time a shard has finished its part of a work item, with that part's outcome.</param>
internal sealed class ShardIndexRouting(IGrainFactory grains, string featureKind, string? precision, Action<string, ShardIndexResult> shardDone)
{
    private ICatalogGrain Catalog => grains.GetGrain<ICatalogGrain>(CatalogNames.Default);

    /// <summary>Indexes <paramref name="items"/>; returns the summed outcome once every shard involved has finished.</summary>
    public async Task<ShardIndexResult> IndexAsync(string workId, IReadOnlyList<IndexItem> items)
    {
        var chains = await ClusterRetry.RunAsync(() => Catalog.GetChainLengthsAsync());
        var partitions = items.GroupBy(i => ShardKeys.PartitionOf(RecordingIds.NameKey(i.Name)));
        var results = await Task.WhenAll(partitions.Select(g => IndexInPartitionAsync(workId, g.Key, g.ToList(), chains[g.Key])));
        return Sum(results.SelectMany(r => r));
    }

    private async Task<List<ShardIndexResult>> IndexInPartitionAsync(string workId, int partition, IReadOnlyList<IndexItem> items, int chainLength)
    {
        var waits = new List<Task<List<ShardIndexResult>>>();
        IReadOnlyList<IndexItem> remaining = items;
        for (int generation = 0; remaining.Count > 0; generation++)
        {
            if (generation >= chainLength)
                chainLength = await ClusterRetry.RunAsync(() => Catalog.ExtendChainAsync(partition, generation));
            var shard = grains.GetGrain<IShardGrain>(ShardKeys.Of(partition, generation));
            var offered = remaining;
            var unclaimed = await ClusterRetry.RunAsync(() => shard.StartIndexAsync(workId, offered, featureKind, precision));
            if (unclaimed.Count < offered.Count)
            {
                var claimed = offered.Except(unclaimed).ToList();
                waits.Add(WaitAsync(workId, partition, shard, claimed));
            }
            remaining = unclaimed;
        }
        return (await Task.WhenAll(waits)).SelectMany(r => r).ToList();
    }

    /// <summary>Waits for a shard's part of the item; when the shard no longer knows the work (its silo restarted), the
    /// recordings are routed again from the start of the chain under a new work id: the work is idempotent.</summary>
    private async Task<List<ShardIndexResult>> WaitAsync(string workId, int partition, IShardGrain shard, IReadOnlyList<IndexItem> claimed)
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
        return new ShardIndexResult(ShardWorkState.Finished, all.Aggregate(IndexCounts.None, (sum, r) => sum + r.Counts),
            all.SelectMany(r => r.Failures).ToList());
    }
}
