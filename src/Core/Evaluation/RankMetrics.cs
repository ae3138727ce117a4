namespace Leitmotif.Core.Evaluation;

/// <summary>
/// Retrieval metrics over a set of queries, each given as the 1-based rank of its relevant item in the ranking, or
/// null when the relevant item was not ranked at all.
/// </summary>
/// <remarks>Manning, Raghavan &amp; Schütze, "Introduction to Information Retrieval" §8.4 (MRR, precision at k);
/// Zalkow &amp; Müller, ISMIR 2020 (top-1, top-10, MRR for theme retrieval).</remarks>
public static class RankMetrics
{
    /// <summary>Share of queries whose relevant item is ranked 1 … <paramref name="k"/>.</summary>
    /// <param name="ranks">One rank (≥ 1) or null per query.</param>
    /// <param name="k">Cut-off, ≥ 1.</param>
    /// <returns>A value in [0, 1]; 0 when there are no queries.</returns>
    public static double HitRate(IReadOnlyList<int?> ranks, int k)
    {
        Validate(ranks);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be ≥ 1");
        return ranks.Count == 0 ? 0 : (double)ranks.Count(r => r <= k) / ranks.Count;
    }

    /// <summary>Mean reciprocal rank: the mean of 1 / rank, counting an unranked query as 0.</summary>
    /// <param name="ranks">One rank (≥ 1) or null per query.</param>
    /// <returns>A value in [0, 1]; 0 when there are no queries.</returns>
    public static double MeanReciprocalRank(IReadOnlyList<int?> ranks)
    {
        Validate(ranks);
        return ranks.Count == 0 ? 0 : ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count;
    }

    private static void Validate(IReadOnlyList<int?> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        foreach (var rank in ranks)
        {
            if (rank < 1) throw new ArgumentOutOfRangeException(nameof(ranks), $"rank={rank} must be ≥ 1 (ranks are 1-based)");
        }
    }
}
