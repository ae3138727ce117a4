namespace Leitmotif.Core.Storage;

/// <summary>Identifies stored features: which recording, which feature kind, and exactly which inputs they came from.</summary>
/// <param name="RecordingId">Recording key.</param>
/// <param name="FeatureKind">Feature kind (e.g. <c>cens</c>); features of different kinds never mix.</param>
/// <param name="SourceFingerprint">Changes when the audio file (<see cref="Storage.SourceFingerprint"/>) or the feature
/// kind's version (<see cref="Features.IChromaFeatures.Version"/>) changes; stored features under another one are stale.</param>
public sealed record FeatureKey(string RecordingId, string FeatureKind, string SourceFingerprint);
