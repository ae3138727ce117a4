using Leitmotif.Core.Features;

namespace Leitmotif.Core.Shards;

/// <summary>One feature kind's current features of every recording of a shard, assembled from its segments for matching.</summary>
/// <param name="Recordings">Recording ids and their features, ordered by id.</param>
public sealed record ShardFeatures(IReadOnlyList<(string RecordingId, FeatureMatrix Features)> Recordings)
{
    /// <summary>Bytes the features take in memory.</summary>
    public long Bytes => Recordings.Sum(r => (long)r.Features.Data.Length * sizeof(float));

    /// <summary>
    /// The features of each recording from the newest segment that holds it (segments are given oldest first), kept only where
    /// <paramref name="currentSourceKey"/> says the entry's source key is the recording's current one: a recording re-indexed
    /// after its file changed, or no longer in the shard, leaves stale entries in older segments, and those are skipped.
    /// </summary>
    /// <param name="segments">The shard's segments of one kind, oldest first.</param>
    /// <param name="currentSourceKey">The source key a recording's features must have now, or null when it has none.</param>
    public static ShardFeatures Assemble(IEnumerable<ShardSegment> segments, Func<string, string?> currentSourceKey) =>
        new(CurrentEntries(segments, currentSourceKey).Select(e => (e.Segment.Entries[e.Entry].RecordingId, e.Segment.FeaturesOf(e.Entry))).ToList());

    /// <summary>The entries <see cref="Assemble"/> takes: each recording's newest entry, if current, ordered by recording id.</summary>
    internal static IEnumerable<(ShardSegment Segment, int Entry)> CurrentEntries(IEnumerable<ShardSegment> segments, Func<string, string?> currentSourceKey)
    {
        var newest = new Dictionary<string, (ShardSegment Segment, int Entry)>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            for (int i = 0; i < segment.Entries.Count; i++) newest[segment.Entries[i].RecordingId] = (segment, i);
        }
        return newest
            .Where(e => e.Value.Segment.Entries[e.Value.Entry].SourceKey == currentSourceKey(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Value);
    }
}
