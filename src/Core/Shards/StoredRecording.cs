using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Shards;

/// <summary>What a shard holds of one recording that change detection needs.</summary>
/// <param name="RecordingId">Its key (<see cref="RecordingIds"/>).</param>
/// <param name="Location">Where it was last indexed from.</param>
/// <param name="Stamp">Its size and change stamp then.</param>
/// <param name="Content">Its <see cref="Storage.ContentFingerprint"/>.</param>
public sealed record StoredRecording(string RecordingId, string Location, RecordingStamp Stamp, string Content);
