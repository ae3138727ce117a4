using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>Brute force for subsequence DTW on tiny inputs: every admissible warping path, enumerated one by one.</summary>
internal static class WarpingPaths
{
    /// <summary>Every path with steps (1,1), (2,1), (1,2) from row 0 at any recording frame to row N−1, with its cost
    /// Σ (1 − ⟨x_n, y_m⟩) in double and its number of cells.</summary>
    public static List<(int Start, int End, double Cost, int Cells)> All(FeatureMatrix query, FeatureMatrix recording)
    {
        int N = query.Frames, M = recording.Frames;
        double C(int n, int m)
        {
            double inner = 0;
            for (int k = 0; k < query.Dimensions; k++) inner += query[n, k] * recording[m, k];
            return 1 - inner;
        }

        var paths = new List<(int, int, double, int)>();
        void Extend(int n, int m, int start, double cost, int cells)
        {
            if (n == N - 1)
            {
                paths.Add((start, m, cost, cells));
                return;
            }

            foreach (var (dn, dm) in new[] { (1, 1), (2, 1), (1, 2) })
            {
                if (n + dn < N && m + dm < M) Extend(n + dn, m + dm, start, cost + C(n + dn, m + dm), cells + 1);
            }
        }

        for (int s = 0; s < M; s++) Extend(0, s, s, C(0, s), 1);
        return paths;
    }

    /// <summary>The minimum-cost path ending at <paramref name="end"/>, or null when none does.</summary>
    public static (int Start, int End, double Cost, int Cells)? BestEndingAt(
        List<(int Start, int End, double Cost, int Cells)> paths, int end) =>
        paths.Where(p => p.End == end).OrderBy(p => p.Cost).Cast<(int, int, double, int)?>().FirstOrDefault();
}
