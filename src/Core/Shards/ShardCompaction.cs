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
        var newest = new Dictionary<string, (ShardSegment Segment, int Entry)>(StringComparer.Ordinal);
        foreach (var segment in segments)
            for (int i = 0; i < segment.Entries.Count; i++) newest[segment.Entries[i].RecordingId] = (segment, i);
        var live = newest
            .Where(e => e.Value.Segment.Entries[e.Value.Entry].SourceKey == currentSourceKey(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (e.Key, e.Value.Segment.Entries[e.Value.Entry].SourceKey, e.Value.Segment.FeaturesOf(e.Value.Entry)))
            .ToList();
        return live.Count == 0 ? null : ShardSegment.Create(featureKind, live);
    }
}
