namespace Leitmotif.Core.Sequence;

/// <summary>The optimal warping path of subsequence DTW that ends at one recording frame: the cells from the query's first
/// frame to its last.</summary>
/// <param name="Cells">(query frame n, recording frame m) pairs in order, n from 0 to N−1 and m ascending; a (2,1) step skips a
/// query frame and a (1,2) step a recording frame.</param>
/// <param name="AccumulatedCost">D[N−1, EndFrame], the cost summed along the path.</param>
/// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_optimal_warping_path_subsequence_dtw_21</c>.</remarks>
public sealed record WarpingPath(IReadOnlyList<(int QueryFrame, int RecordingFrame)> Cells, float AccumulatedCost)
{
    /// <summary>Recording frame matched to the query's first frame.</summary>
    public int StartFrame => Cells[0].RecordingFrame;

    /// <summary>Recording frame matched to the query's last frame.</summary>
    public int EndFrame => Cells[^1].RecordingFrame;
}
