using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>Turns a query version's chosen match ends in one recording into warping paths, as a ranking reports them.</summary>
public static class MatchTracing
{
    /// <summary>
    /// Backtracks each end to its optimal warping path, best first, and drops a path whose span overlaps a better one's (a
    /// compressed version's span can be longer than the exclusion zone around its end).
    /// </summary>
    /// <param name="query">The query version, N × 12 frames, L2-normalised.</param>
    /// <param name="recording">The recording, M × 12 frames at the query's feature rate, L2-normalised.</param>
    /// <param name="ends">Chosen ends of the query's matching function, best first.</param>
    /// <returns>The kept ends with their paths, best first.</returns>
    /// <remarks>FMP §7.2.3 (matching function, warping paths of the chosen minima).</remarks>
    public static IReadOnlyList<(MatchEnd End, WarpingPath Path)> NonOverlapping(FeatureMatrix query, FeatureMatrix recording, ReadOnlySpan<MatchEnd> ends)
    {
        var kept = new List<(MatchEnd End, WarpingPath Path)>(ends.Length);
        foreach (var end in ends)
        {
            var path = SubsequenceDtw.OptimalPath(query, recording, end.EndFrame);
            if (!kept.Any(k => k.Path.StartFrame <= path.EndFrame && path.StartFrame <= k.Path.EndFrame)) kept.Add((end, path));
        }
        return kept;
    }
}
