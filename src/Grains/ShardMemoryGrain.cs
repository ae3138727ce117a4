using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Storage;
using Orleans.Concurrency;

namespace Leitmotif.Grains;

/// <summary>Answers from the local silo's shard feature cache.</summary>
[StatelessWorker]
public sealed class ShardMemoryGrain(MemoryBudgetCache<string, ShardFeatures> cache) : Grain, IShardMemoryGrain
{
    public Task<ShardMemory> GetAsync() => Task.FromResult(new ShardMemory(cache.BudgetBytes, cache.UsedBytes, cache.Evictions));
}
