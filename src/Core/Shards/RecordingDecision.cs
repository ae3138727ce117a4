namespace Leitmotif.Core.Shards;

/// <summary>How a recording offered for indexing relates to what the shard holds.</summary>
/// <param name="Change">Added, updated or unchanged.</param>
/// <param name="RecordingId">The recording's key now.</param>
/// <param name="Content">Its content fingerprint now.</param>
/// <param name="Replaced">The key of the recording it replaces (the earlier content at its location), or null.</param>
public sealed record RecordingDecision(RecordingChange Change, string RecordingId, string Content, string? Replaced);
