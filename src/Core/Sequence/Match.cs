namespace Leitmotif.Core.Sequence;

/// <summary>One occurrence of a query in a recording, found by subsequence DTW.</summary>
/// <param name="StartFrame">Recording frame matched to the query's first frame (inclusive).</param>
/// <param name="EndFrame">Recording frame matched to the query's last frame (inclusive).</param>
/// <param name="Cost">Matching-function value Δ(<paramref name="EndFrame"/>): accumulated cost divided by the query length N
/// or, for <see cref="MatchCost.PerPathCell"/>, by <paramref name="PathCells"/>.</param>
/// <param name="PathCells">Cells on the warping path: ⌈(N+1)/2⌉ ≤ PathCells ≤ N, as a (2,1) step skips a query frame.</param>
/// <remarks>FMP §7.2.3 (optimal warping path of subsequence DTW), libfmp C7S2.</remarks>
public sealed record Match(int StartFrame, int EndFrame, float Cost, int PathCells);
