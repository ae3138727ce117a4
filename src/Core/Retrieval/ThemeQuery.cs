using Leitmotif.Core.Features;

namespace Leitmotif.Core.Retrieval;

/// <summary>One theme of a query batch: its query features, one matrix per tempo factor.</summary>
/// <param name="ThemeIndex">The theme's position in its batch; carried into every <see cref="RankedMatch"/> for it.</param>
/// <param name="Versions">The theme's query features per tempo factor, frames × 12 at the recordings' feature rate
/// (as <see cref="RecordingMatcher.Best"/> takes them).</param>
public sealed record ThemeQuery(int ThemeIndex, IReadOnlyList<(double TempoFactor, FeatureMatrix Query)> Versions);
