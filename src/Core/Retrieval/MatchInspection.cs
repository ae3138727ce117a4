using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>What matching one query version against one recording computed, for looking at a match: the whole matching
/// function and the chosen matches with their warping paths.</summary>
/// <param name="Query">The query version, N × 12 frames.</param>
/// <param name="MatchingFunction">Δ over the whole recording, length M, normalised as <see cref="MatchScoring.Cost"/>;
/// +∞ where no path fits.</param>
/// <param name="Matches">The matches a ranking reports for this version, best first: each end with its warping path.</param>
/// <param name="FeatureRate">Frames per second of query and recording (Hz).</param>
public sealed record MatchInspection(
    FeatureMatrix Query, float[] MatchingFunction, IReadOnlyList<(MatchEnd End, WarpingPath Path)> Matches, double FeatureRate)
{
    /// <summary>
    /// Matches <paramref name="query"/> against <paramref name="recording"/> as a shard does (same matching function, ends
    /// and tracing, <see cref="ShardMatcher"/>), keeping everything.
    /// </summary>
    /// <param name="query">The winning query version (its tempo and transposition applied), N × 12 frames, L2-normalised.</param>
    /// <param name="recording">The recording's stored features, M × 12 frames at the query's feature rate.</param>
    /// <param name="matches">Non-overlapping matches wanted, ≥ 1.</param>
    /// <exception cref="ArgumentException">Feature rates or dimensions differ, or an input has no frames.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="matches"/> &lt; 1.</exception>
    /// <remarks>FMP §7.2.3 (matching function Δ, its minima and their warping paths), libfmp C7S2.</remarks>
    public static MatchInspection Of(FeatureMatrix query, FeatureMatrix recording, int matches)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (matches < 1) throw new ArgumentOutOfRangeException(nameof(matches), $"matches={matches} must be at least 1");
        var delta = BatchedSubsequenceDtw.MatchingFunctions(new QueryStack([query]), recording, MatchScoring.Cost)[0];
        var ends = SubsequenceDtw.FindMatches(delta, exclusionRadius: query.Frames, maxCount: matches)
            .Select(m => new MatchEnd(m, delta[m])).ToArray();
        return new MatchInspection(query, delta, MatchTracing.NonOverlapping(query, recording, ends), recording.FeatureRate);
    }
}
