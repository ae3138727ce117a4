namespace Leitmotif.Core.Sequence;

/// <summary>How the accumulated cost D[N−1, m] of the best warping path ending at recording frame m is normalised into Δ(m).</summary>
/// <remarks>FMP §7.2.3 (matching function Δ = D[N−1, ·] / N); dividing by the path's own length instead is the usual
/// normalisation of DTW distances (FMP §3.2), here applied to the optimal subsequence path.</remarks>
public enum MatchCost
{
    /// <summary><c>Δ(m) = D[N−1, m] / N</c>: per query frame, as in FMP §7.2.3.</summary>
    PerQueryFrame,

    /// <summary><c>Δ(m) = D[N−1, m] / L[N−1, m]</c>, L the number of cells on the optimal (minimum-D) warping path
    /// ending there, chosen with the tie rule of <see cref="SubsequenceDtw.Backtrack(Features.FeatureMatrix, Features.FeatureMatrix, int, MatchCost)"/>.</summary>
    PerPathCell,
}
