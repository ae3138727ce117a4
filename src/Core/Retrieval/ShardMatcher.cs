using Leitmotif.Core.Features;

namespace Leitmotif.Core.Retrieval;

/// <summary>Ranks the recordings of one shard for every theme of a query batch, on several threads.</summary>
public static class ShardMatcher
{
    /// <summary>
    /// Matches every theme against every recording with <see cref="RecordingMatcher.Best"/> and keeps each theme's
    /// <paramref name="k"/> best recordings. Recordings are spread over threads; each thread keeps one bounded ranking per
    /// theme, and the threads' rankings are merged with <see cref="TopK.Merge"/>, so the result does not depend on
    /// <paramref name="maxThreads"/> or on scheduling.
    /// </summary>
    /// <param name="recordings">The shard's recordings: distinct ids, features frames × 12 at the themes' feature rate.</param>
    /// <param name="themes">The batch's themes.</param>
    /// <param name="transpose">Also try the 11 other cyclic chroma shifts of every query version.</param>
    /// <param name="k">Largest number of recordings ranked per theme; ≥ 1.</param>
    /// <param name="maxThreads">Largest number of threads used; ≥ 1.</param>
    /// <param name="cancellationToken">Stops the matching; checked before each (recording, theme) pair.</param>
    /// <returns>Per theme, in the order of <paramref name="themes"/>: at most <paramref name="k"/> entries in
    /// <see cref="TopK.Order"/>; recordings with no match for the theme (every version longer than they are) are absent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> or <paramref name="maxThreads"/> &lt; 1.</exception>
    /// <exception cref="ArgumentException">Two recordings share an id.</exception>
    /// <exception cref="AggregateException"><see cref="RecordingMatcher.Best"/> failed for some pair, e.g. a query's feature
    /// rate differs from the recording's (<see cref="ArgumentException"/> inside).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Subsequence DTW retrieval as in Zalkow &amp; Müller, ISMIR 2020 (every theme against every recording).</remarks>
    public static IReadOnlyList<IReadOnlyList<RankedMatch>> Match(
        IReadOnlyList<(string RecordingId, FeatureMatrix Features)> recordings,
        IReadOnlyList<ThemeQuery> themes,
        bool transpose,
        int k,
        int maxThreads,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(themes);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be at least 1");
        if (maxThreads < 1) throw new ArgumentOutOfRangeException(nameof(maxThreads), $"maxThreads={maxThreads} must be at least 1");
        // A bounded ranking that held one recording twice could push out a recording that belongs in the top k.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in recordings)
        {
            if (!ids.Add(id)) throw new ArgumentException($"recording id '{id}' occurs more than once in the shard", nameof(recordings));
        }

        var merged = EmptyRankings(themes.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancellationToken };
        Parallel.For(0, recordings.Count, options, () => EmptyRankings(themes.Count), (r, _, rankings) =>
        {
            var (recordingId, features) = recordings[r];
            for (int t = 0; t < themes.Count; t++)
            {
                // Parallel.For checks the token only between recordings; one recording against a large batch takes long.
                cancellationToken.ThrowIfCancellationRequested();
                if (RecordingMatcher.Best(features, themes[t].Versions, transpose) is not { } match) continue;
                var entry = new RankedMatch(themes[t].ThemeIndex, recordingId, match);
                var ranking = rankings[t];
                if (ranking.Count < k || TopK.Order.Compare(entry, ranking[^1]) < 0) rankings[t] = TopK.Merge(ranking, [entry], k);
            }
            return rankings;
        }, rankings =>
        {
            lock (merged)
            {
                for (int t = 0; t < themes.Count; t++) merged[t] = TopK.Merge(merged[t], rankings[t], k);
            }
        });
        return merged;
    }

    private static IReadOnlyList<RankedMatch>[] EmptyRankings(int themes)
    {
        var rankings = new IReadOnlyList<RankedMatch>[themes];
        Array.Fill(rankings, Array.Empty<RankedMatch>());
        return rankings;
    }
}
