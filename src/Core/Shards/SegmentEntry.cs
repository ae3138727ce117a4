namespace Leitmotif.Core.Shards;

/// <summary>One recording's frames inside a <see cref="ShardSegment"/>.</summary>
/// <param name="RecordingId">Recording key.</param>
/// <param name="SourceKey">Identifies the audio file version and feature version the frames came from; opaque here.</param>
/// <param name="Frames">Number of frames the recording contributes to the segment, at least 0.</param>
public sealed record SegmentEntry(string RecordingId, string SourceKey, int Frames);
