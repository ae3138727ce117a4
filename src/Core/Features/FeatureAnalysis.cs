using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Features;

/// <summary>
/// A recording's chroma together with the representations it was computed from, for export and plots; a feature kind
/// fills in what it has. Holds the whole recording's HCQT, so it is meant for single recordings, not for indexing.
/// </summary>
/// <param name="Chroma">The feature kind's chroma, frames × 12.</param>
/// <param name="Hcqt">The network input (T, 216, 6) at 25 Hz, for HCQT-based kinds.</param>
/// <param name="CqtChroma">Chroma pooled from the HCQT's h = 1 slice, for HCQT-based kinds.</param>
/// <param name="Probabilities">The network's softmax output (T, 13), blank last, for network-based kinds.</param>
public sealed record FeatureAnalysis(
    FeatureMatrix Chroma, HcqtFrames? Hcqt = null, FeatureMatrix? CqtChroma = null, float[]? Probabilities = null);
