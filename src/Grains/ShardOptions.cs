using Leitmotif.Abstractions;

namespace Leitmotif.Grains;

/// <summary>Settings of the shard grains of a silo.</summary>
public sealed class ShardOptions
{
    /// <summary>Recordings of new names a shard takes at most (new contents of the names it holds it always takes);
    /// <see cref="ShardKeys.Capacity"/> unless a test makes chains grow sooner.</summary>
    public int Capacity { get; set; } = ShardKeys.Capacity;

    /// <summary>
    /// Segments one feature kind of a shard may have before they are compacted into one. Each indexing work item that
    /// reaches a shard adds a segment, and a load reads them all, so without compaction a shard indexed in many small runs
    /// would be read in many small pieces, and entries superseded by re-indexed recordings would stay stored for ever. A
    /// compaction rewrites the shard's current features once; at 16, a shard filled by about 50 work items (a fresh index)
    /// is rewritten three times, and a load never reads more than 16 objects.
    /// </summary>
    public int MaxSegmentsPerKind { get; set; } = 16;
}
