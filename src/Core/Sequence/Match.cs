namespace Leitmotif.Core.Sequence;

/// <summary>One occurrence of a query in a recording, found by subsequence DTW.</summary>
/// <param name="StartFrame">Recording frame matched to the query's first frame (inclusive).</param>
/// <param name="EndFrame">Recording frame matched to the query's last frame (inclusive).</param>
/// <param name="Cost">Matching-function value Δ(<paramref name="EndFrame"/>): accumulated cost divided by the query length N.</param>
/// <remarks>FMP §7.2.3 (optimal warping path of subsequence DTW), libfmp C7S2.</remarks>
public sealed record Match(int StartFrame, int EndFrame, float Cost);
