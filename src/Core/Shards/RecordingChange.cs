namespace Leitmotif.Core.Shards;

/// <summary>What indexing a recording found, as the index summary counts it.</summary>
public enum RecordingChange
{
    /// <summary>A recording the index did not hold.</summary>
    Added,

    /// <summary>A recording whose content changed since it was indexed: its old version is replaced.</summary>
    Updated,

    /// <summary>A recording the index holds with this content, possibly found at a new location (its root moved).</summary>
    Unchanged,
}
