using Leitmotif.Core.Features;

namespace Leitmotif.Core.Retrieval;

/// <summary>Ranks the recordings of one shard for every theme of a query batch, on several threads.</summary>
public static class ShardMatcher
{
    /// <summary>
    /// Matches every theme against every recording and keeps each theme's <paramref name="k"/> best recordings, with the same
    /// result as <see cref="RecordingMatcher.Best"/> on every pair: all themes' versions are stacked once
    /// (<see cref="ThemeVersionStack"/>) and each recording is swept once for all of them. Recordings are spread over threads;
    /// each thread keeps one bounded ranking per theme, and the threads' rankings are merged with <see cref="TopK.Merge"/>, so
    /// the result does not depend on <paramref name="maxThreads"/> or on scheduling.
    /// </summary>
    /// <param name="recordings">The shard's recordings: distinct ids, features frames × 12 at the themes' feature rate.</param>
    /// <param name="themes">The batch's themes.</param>
    /// <param name="transpose">Also try the 11 other cyclic chroma shifts of every query version.</param>
    /// <param name="k">Largest number of recordings ranked per theme; ≥ 1.</param>
    /// <param name="matches">Non-overlapping matches reported per ranked recording; ≥ 1.</param>
    /// <param name="maxThreads">Largest number of threads used; ≥ 1.</param>
    /// <param name="cancellationToken">Stops the matching; checked before each recording.</param>
    /// <returns>Per theme, in the order of <paramref name="themes"/>: at most <paramref name="k"/> entries in
    /// <see cref="TopK.Order"/> (recordings with no match for the theme, every version longer than they are, are absent), and
    /// the spread of the theme's best scores over every recording that could hold it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/>, <paramref name="matches"/> or
    /// <paramref name="maxThreads"/> &lt; 1.</exception>
    /// <exception cref="ArgumentException">Two recordings share an id, or the themes' versions differ in feature rate.</exception>
    /// <exception cref="AggregateException">A recording's feature rate differs from the themes' (<see cref="ArgumentException"/> inside).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Subsequence DTW retrieval as in Zalkow &amp; Müller, ISMIR 2020 (every theme against every recording).</remarks>
    public static IReadOnlyList<ShardRanking> Match(
        IReadOnlyList<(string RecordingId, FeatureMatrix Features)> recordings,
        IReadOnlyList<ThemeQuery> themes,
        bool transpose,
        int k,
        int matches,
        int maxThreads,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(themes);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be at least 1");
        if (matches < 1) throw new ArgumentOutOfRangeException(nameof(matches), $"matches={matches} must be at least 1");
        if (maxThreads < 1) throw new ArgumentOutOfRangeException(nameof(maxThreads), $"maxThreads={maxThreads} must be at least 1");
        // A bounded ranking that held one recording twice could push out a recording that belongs in the top k.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in recordings)
        {
            if (!ids.Add(id)) throw new ArgumentException($"recording id '{id}' occurs more than once in the shard", nameof(recordings));
        }
        if (themes.Count == 0) return [];

        var stack = new ThemeVersionStack(themes, transpose);
        var merged = new ThreadResult(themes.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancellationToken };
        Parallel.For(0, recordings.Count, options, () => (Scan: new RecordingScan(stack, matches), Result: new ThreadResult(themes.Count)), (r, _, local) =>
        {
            var (recordingId, features) = recordings[r];
            local.Scan.Run(features);
            for (int t = 0; t < themes.Count; t++)
            {
                if (local.Scan.Best(t) is not { } best) continue;
                local.Result.Spreads[t] = local.Result.Spreads[t].Add(best.Score);
                var ranking = local.Result.Rankings[t];
                if (ranking.Count == k && best.Score > ranking[^1].Match.Cost) continue;
                var entry = new RankedMatch(themes[t].ThemeIndex, recordingId, local.Scan.Matches(best.Version));
                if (ranking.Count < k || TopK.Order.Compare(entry, ranking[^1]) < 0) local.Result.Rankings[t] = TopK.Merge(ranking, [entry], k);
            }
            return local;
        }, local =>
        {
            lock (merged) merged.Add(local.Result, k);
        });
        return Enumerable.Range(0, themes.Count).Select(t => new ShardRanking(merged.Rankings[t], merged.Spreads[t])).ToList();
    }

    /// <summary>One thread's bounded rankings and score spreads, one per theme.</summary>
    private sealed class ThreadResult
    {
        public ThreadResult(int themes)
        {
            Rankings = new IReadOnlyList<RankedMatch>[themes];
            Array.Fill(Rankings, Array.Empty<RankedMatch>());
            Spreads = new ScoreSpread[themes];
        }

        public IReadOnlyList<RankedMatch>[] Rankings { get; }

        public ScoreSpread[] Spreads { get; }

        public void Add(ThreadResult other, int k)
        {
            for (int t = 0; t < Rankings.Length; t++)
            {
                Rankings[t] = TopK.Merge(Rankings[t], other.Rankings[t], k);
                Spreads[t] = Spreads[t].Merge(other.Spreads[t]);
            }
        }
    }
}
