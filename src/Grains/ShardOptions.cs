using Leitmotif.Abstractions;

namespace Leitmotif.Grains;

/// <summary>Settings of the shard grains of a silo.</summary>
public sealed class ShardOptions
{
    /// <summary>Recordings a shard takes at most; <see cref="ShardKeys.Capacity"/> unless a test makes chains grow sooner.</summary>
    public int Capacity { get; set; } = ShardKeys.Capacity;
}
