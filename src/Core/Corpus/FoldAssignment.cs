namespace Leitmotif.Core.Corpus;

/// <summary>
/// Assigns pieces (not performances) to cross-validation folds 1..k: the distinct pieces, sorted ordinally, are shuffled
/// with a seeded generator and dealt out in turn, so fold sizes differ by at most one and every performance, theme and
/// training pair of a piece shares its fold.
/// </summary>
/// <remarks>Zalkow &amp; Müller, TASLP 2021, §V: five parts, split by piece so training and test never share one.</remarks>
public static class FoldAssignment
{
    /// <summary>The number of folds of the paper's cross-validation.</summary>
    public const int DefaultFolds = 5;

    /// <summary>The fold of every piece.</summary>
    /// <param name="pieces">Piece keys, duplicates allowed; assign over the whole dataset (not a selection) so a piece's
    /// fold does not depend on which other pieces are built.</param>
    /// <param name="seed">Seed of the shuffle; the same pieces and seed give the same folds.</param>
    /// <param name="folds">Number of folds, at least 1.</param>
    /// <returns>Piece → fold, 1-based.</returns>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> pieces, int seed, int folds = DefaultFolds)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(folds);
        var order = Shuffle(pieces, seed);
        var assignment = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < order.Count; i++) assignment[order[i]] = i % folds + 1;
        return assignment;
    }

    /// <summary>The distinct pieces in the seeded order <see cref="Assign"/> deals them in, so that taking the first n
    /// spreads a selection evenly over the folds.</summary>
    /// <param name="pieces">Piece keys, duplicates allowed.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <returns>Distinct pieces, shuffled (Fisher–Yates over the ordinal order).</returns>
    public static IReadOnlyList<string> Shuffle(IEnumerable<string> pieces, int seed)
    {
        var order = pieces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}
