using Leitmotif.Core.Features;

namespace Leitmotif.Core.Retrieval;

/// <summary>Finds a theme's best matches in one recording over its tempo versions and, optionally, all 12 transpositions.</summary>
public static class RecordingMatcher
{
    /// <summary>The matches of the best-scoring query version in <paramref name="recording"/>, or null when no version fits.</summary>
    /// <param name="recording">Recording features, frames × 12.</param>
    /// <param name="versions">The theme's query features, one per tempo factor, at the recording's feature rate.</param>
    /// <param name="transpose">Also try the 11 other cyclic chroma shifts of every version.</param>
    /// <param name="matches">Non-overlapping matches wanted, ≥ 1; the best comes first.</param>
    /// <exception cref="ArgumentException">A version's feature rate differs from the recording's.</exception>
    /// <remarks>Subsequence DTW as in FMP §7.2.3, scored by <see cref="MatchScoring"/>; transposition invariance as in FMP §7.2.2.</remarks>
    public static ScoredMatch? Best(FeatureMatrix recording, IReadOnlyList<(double TempoFactor, FeatureMatrix Query)> versions, bool transpose,
        int matches = 1)
    {
        var scan = new RecordingScan(new ThemeVersionStack([new ThemeQuery(0, versions)], transpose), matches);
        scan.Run(recording);
        return scan.Best(0) is { } best ? scan.Matches(best.Version) : null;
    }
}
