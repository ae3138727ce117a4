namespace Leitmotif.Core.Shards;

/// <summary>Merges a shard's segments of one kind into one that holds only the entries still current.</summary>
public static class ShardCompaction
{
    /// <summary>
    /// The newest entry of each recording across <paramref name="segments"/> (oldest first) whose source key is the one
    /// <paramref name="currentSourceKey"/> gives, with that key, packed into one segment ordered by recording id; null when
    /// no entry is current. Assembling the result gives the same features as assembling <paramref name="segments"/>.
    /// </summary>
    public static ShardSegment? Compact(string featureKind, IReadOnlyList<ShardSegment> segments, Func<string, string?> currentSourceKey)
    {
        var live = ShardFeatures.CurrentEntries(segments, currentSourceKey)
            .Select(e => (e.Segment.Entries[e.Entry].RecordingId, e.Segment.Entries[e.Entry].SourceKey, e.Segment.FeaturesOf(e.Entry)))
            .ToList();
        return live.Count == 0 ? null : ShardSegment.Create(featureKind, live);
    }
}
