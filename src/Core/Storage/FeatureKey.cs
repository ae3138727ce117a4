namespace Leitmotif.Core.Storage;

/// <summary>Identifies stored features: which recording, which feature kind, and which version of the audio file.</summary>
/// <param name="RecordingId">Recording key.</param>
/// <param name="FeatureKind">Feature kind (e.g. <c>cens</c>); features of different kinds never mix.</param>
/// <param name="SourceFingerprint">Changes when the audio file changes (see <see cref="SourceFingerprint"/>).</param>
public sealed record FeatureKey(string RecordingId, string FeatureKind, string SourceFingerprint);
