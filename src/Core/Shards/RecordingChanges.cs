using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Shards;

/// <summary>
/// Tells whether a recording offered for indexing is new, changed or unchanged, by its size, change stamp and content
/// fingerprint rather than its location alone: a recording is identified by its name (its path below its root) and its
/// content (<see cref="RecordingIds"/>), so a collection found under a new root is unchanged, and a file rewritten in
/// place is updated.
/// </summary>
public static class RecordingChanges
{
    /// <summary>
    /// The decision for the recording named <paramref name="name"/> at <paramref name="location"/>: unchanged without reading
    /// it when a recording of that name was indexed from that location with the same size and change stamp; otherwise its
    /// content is fingerprinted, and it is unchanged when a recording of that name has that content (touched, copied or
    /// moved), updated when the location held other content (which it replaces), and added otherwise.
    /// </summary>
    /// <param name="name">The recording's name (<see cref="RecordingNames.RelativeTo"/>).</param>
    /// <param name="location">Where it lies now.</param>
    /// <param name="stamp">Its size and change stamp now.</param>
    /// <param name="content">Reads its content fingerprint (<see cref="Storage.ContentFingerprint"/>); called at most once.</param>
    /// <param name="sameName">The recordings of this name the shard holds.</param>
    public static RecordingDecision Classify(string name, string location, RecordingStamp stamp, Func<string> content,
        IReadOnlyCollection<StoredRecording> sameName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sameName);
        var atLocation = sameName.FirstOrDefault(r => r.Location == location);
        if (atLocation != null && atLocation.Stamp == stamp)
            return new RecordingDecision(RecordingChange.Unchanged, atLocation.RecordingId, atLocation.Content, null);
        var fingerprint = content();
        var id = RecordingIds.Of(name, fingerprint);
        var replaced = atLocation == null || atLocation.RecordingId == id ? null : atLocation.RecordingId;
        var change = sameName.Any(r => r.RecordingId == id) && replaced == null ? RecordingChange.Unchanged
            : atLocation != null ? RecordingChange.Updated
            : RecordingChange.Added;
        return new RecordingDecision(change, id, fingerprint, replaced);
    }
}
