namespace Leitmotif.Abstractions.Messages;

/// <summary>One indexed recording's stored features of one kind.</summary>
/// <param name="RecordingId">The recording's key.</param>
/// <param name="Path">Its audio file or Blob location.</param>
/// <param name="DurationSeconds">Length of the decoded audio.</param>
/// <param name="Data">Frame-major features, <paramref name="Dimensions"/> values a frame.</param>
/// <param name="Dimensions">Values per frame (12 for chroma).</param>
/// <param name="FeatureRate">Frames per second (Hz).</param>
[GenerateSerializer, Immutable]
public sealed record StoredFeatures(
    [property: Id(0)] string RecordingId,
    [property: Id(1)] string Path,
    [property: Id(2)] double DurationSeconds,
    [property: Id(3)] float[] Data,
    [property: Id(4)] int Dimensions,
    [property: Id(5)] double FeatureRate);
