using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Tells how much of the answering silo's shard memory budget is in use (key: 0).</summary>
public interface IShardMemoryGrain : IGrainWithIntegerKey
{
    /// <summary>The budget, the bytes of shard features held, and how many times features were dropped to stay within it.</summary>
    Task<ShardMemory> GetAsync();
}
