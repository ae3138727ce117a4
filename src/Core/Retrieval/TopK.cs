namespace Leitmotif.Core.Retrieval;

/// <summary>
/// A theme's k best recordings, kept as partial rankings that merge in any order or grouping to the same result: the ranking
/// of a whole collection equals the merge of its shards' rankings.
/// </summary>
public static class TopK
{
    /// <summary>
    /// Ranking order: <see cref="ScoredMatch.Cost"/> ascending, then <see cref="RankedMatch.RecordingId"/> in ordinal order.
    /// Total over distinct recordings, so a ranking does not depend on the order its entries were found in.
    /// </summary>
    public static IComparer<RankedMatch> Order { get; } = OrderBy<RankedMatch>(m => m.Match.Cost, m => m.RecordingId);

    /// <summary>The <paramref name="k"/> best entries of the union of two rankings of one theme.</summary>
    /// <param name="current">A ranking of the theme (any order, e.g. a previous result of this method).</param>
    /// <param name="incoming">More entries for the same theme (any order).</param>
    /// <param name="k">Largest number of entries returned; ≥ 1.</param>
    /// <returns>At most <paramref name="k"/> entries, at most one per recording, in <see cref="Order"/>. A recording found
    /// more than once (a work item run again after a restart) keeps its lowest-cost entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> &lt; 1.</exception>
    /// <exception cref="ArgumentException">The entries belong to more than one theme.</exception>
    public static IReadOnlyList<RankedMatch> Merge(IEnumerable<RankedMatch> current, IEnumerable<RankedMatch> incoming, int k)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        int? themeIndex = null;
        return Merge(current.Concat(incoming).Select(entry =>
        {
            themeIndex ??= entry.ThemeIndex;
            if (entry.ThemeIndex != themeIndex)
                throw new ArgumentException($"rankings of themes {themeIndex} and {entry.ThemeIndex} cannot be merged", nameof(incoming));
            return entry;
        }), [], k, m => m.Match.Cost, m => m.RecordingId);
    }

    /// <summary>The same merge for entries of any type: <paramref name="cost"/> and <paramref name="recordingId"/> give the
    /// order (cost ascending, then recording id in ordinal order) and which entries are the same recording.</summary>
    public static IReadOnlyList<T> Merge<T>(IEnumerable<T> current, IEnumerable<T> incoming, int k, Func<T, double> cost, Func<T, string> recordingId)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be at least 1");
        var order = OrderBy(cost, recordingId);
        var bestByRecording = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in current.Concat(incoming))
        {
            if (!bestByRecording.TryGetValue(recordingId(entry), out var known) || order.Compare(entry, known) < 0)
                bestByRecording[recordingId(entry)] = entry;
        }
        return bestByRecording.Values.Order(order).Take(k).ToArray();
    }

    private static IComparer<T> OrderBy<T>(Func<T, double> cost, Func<T, string> recordingId) => Comparer<T>.Create((a, b) =>
    {
        int byCost = cost(a).CompareTo(cost(b));
        return byCost != 0 ? byCost : string.CompareOrdinal(recordingId(a), recordingId(b));
    });
}
