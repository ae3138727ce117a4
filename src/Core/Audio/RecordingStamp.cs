namespace Leitmotif.Core.Audio;

/// <summary>What a recording source tells of a recording without reading it: enough to see that it has not changed.</summary>
/// <param name="Size">Bytes.</param>
/// <param name="Modified">Its change stamp: the last write time of a file (UTC ticks), the ETag of a blob.</param>
public sealed record RecordingStamp(long Size, string Modified);
