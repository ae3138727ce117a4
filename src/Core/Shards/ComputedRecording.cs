using Leitmotif.Core.Features;

namespace Leitmotif.Core.Shards;

/// <summary>A recording whose features were computed for a shard.</summary>
/// <param name="Path">The audio file.</param>
/// <param name="RecordingId">Its key.</param>
/// <param name="Fingerprint">The audio file's fingerprint when it was read.</param>
/// <param name="Features">Its features.</param>
/// <param name="AudioSeconds">The audio's duration as decoded (the features may cover up to one frame more).</param>
public sealed record ComputedRecording(string Path, string RecordingId, string Fingerprint, FeatureMatrix Features, double AudioSeconds);
