using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>Ranks the recordings of one shard for every theme of a query batch, on several threads.</summary>
public static class ShardMatcher
{
    /// <summary>
    /// The first phase: sweeps each recording once past every version of every theme (<see cref="ThemeVersions"/>) and
    /// keeps, per tempo version and recording, the best transposition's cost and match ends, and per tempo version the spread
    /// of those costs. Recordings are spread over threads; the result does not depend on <paramref name="maxThreads"/>.
    /// </summary>
    /// <param name="recordings">The shard's recordings: distinct ids, features frames × 12 at the themes' feature rate.</param>
    /// <param name="themes">The batch's themes (at least one).</param>
    /// <param name="transpose">Also try the 11 other cyclic chroma shifts of every query version.</param>
    /// <param name="matches">Non-overlapping matches wanted per ranked recording; ≥ 1.</param>
    /// <param name="maxThreads">Largest number of threads used; ≥ 1.</param>
    /// <param name="cancellationToken">Stops the matching; checked before each recording.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="matches"/> or <paramref name="maxThreads"/> &lt; 1.</exception>
    /// <exception cref="ArgumentException">Two recordings share an id, or the themes' versions differ in feature rate.</exception>
    /// <exception cref="AggregateException">A recording's feature rate differs from the themes' (<see cref="ArgumentException"/> inside).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Subsequence DTW retrieval as in Zalkow &amp; Müller, ISMIR 2020 (every theme against every recording).</remarks>
    public static ShardScores Score(
        IReadOnlyList<(string RecordingId, FeatureMatrix Features)> recordings,
        IReadOnlyList<ThemeQuery> themes,
        bool transpose,
        int matches,
        int maxThreads,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(themes);
        if (matches < 1) throw new ArgumentOutOfRangeException(nameof(matches), $"matches={matches} must be at least 1");
        if (maxThreads < 1) throw new ArgumentOutOfRangeException(nameof(maxThreads), $"maxThreads={maxThreads} must be at least 1");
        // A bounded ranking that held one recording twice could push out a recording that belongs in the top k.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in recordings)
        {
            if (!ids.Add(id)) throw new ArgumentException($"recording id '{id}' occurs more than once in the shard", nameof(recordings));
        }

        var versions = new ThemeVersions(themes, transpose);
        var stack = versions.Stack();
        var scores = new ShardScores(versions.TempoCount, recordings, matches);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancellationToken };
        Parallel.For(0, recordings.Count, options, () => new RecordingScan(versions, stack, matches), (r, _, scan) =>
        {
            scan.Run(recordings[r].Features);
            for (int tempo = 0; tempo < versions.TempoCount; tempo++)
            {
                if (scan.Best(tempo) is { } best) scores.Set(tempo, r, best.Query, best.Ends.Span);
            }
            return scan;
        }, _ => { });
        for (int tempo = 0; tempo < versions.TempoCount; tempo++)
        {
            for (int r = 0; r < recordings.Count; r++)
            {
                if (float.IsFinite(scores.Cost(tempo, r))) scores.Spreads[tempo] = scores.Spreads[tempo].Add(scores.Cost(tempo, r));
            }
        }
        return scores;
    }

    /// <summary>
    /// The second phase: scores every (tempo version, recording) by its cost's z-score against the version's
    /// <paramref name="populations"/> (the spreads of all shards summed), so that versions of different lengths compare on
    /// one scale (<see cref="MatchScoring"/>); ranks each theme's recordings by their best version; and backtracks the
    /// <paramref name="k"/> best into matches.
    /// </summary>
    /// <param name="scores">This shard's first phase.</param>
    /// <param name="versions">The versions scored: the same themes, built again from the request (the scores hold none).</param>
    /// <param name="populations">Per tempo version of <paramref name="scores"/>, the spread of its costs over the whole
    /// collection.</param>
    /// <param name="k">Largest number of recordings ranked per theme; ≥ 1.</param>
    /// <returns>Per theme, in the order of <paramref name="versions"/>' themes: at most <paramref name="k"/> entries in <see cref="TopK.Order"/>;
    /// recordings with no match for the theme (every version longer than they are) are absent.</returns>
    public static IReadOnlyList<IReadOnlyList<RankedMatch>> Rank(
        ShardScores scores, ThemeVersions versions, IReadOnlyList<ScoreSpread> populations, int k)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(populations);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be at least 1");
        if (versions.TempoCount != scores.Spreads.Length)
            throw new ArgumentException($"{versions.TempoCount} tempo versions for scores of {scores.Spreads.Length}", nameof(versions));
        if (populations.Count != versions.TempoCount)
            throw new ArgumentException($"{populations.Count} populations for {versions.TempoCount} tempo versions", nameof(populations));
        var rankings = new IReadOnlyList<RankedMatch>[versions.Themes.Count];
        for (int t = 0; t < versions.Themes.Count; t++)
        {
            var tempi = versions.TemposOf(t);
            var best = new List<(double Score, int Tempo, int Recording)>();
            for (int r = 0; r < scores.Recordings.Count; r++)
            {
                (double Score, int Tempo)? chosen = null;
                for (int tempo = tempi.Start.Value; tempo < tempi.End.Value; tempo++)
                {
                    float cost = scores.Cost(tempo, r);
                    if (!float.IsFinite(cost)) continue;
                    double score = MatchScoring.Score(cost, populations[tempo]);
                    if (chosen is null || score < chosen.Value.Score) chosen = (score, tempo);
                }
                if (chosen is { } c) best.Add((c.Score, c.Tempo, r));
            }
            rankings[t] = best
                .OrderBy(b => b.Score).ThenBy(b => scores.Recordings[b.Recording].RecordingId, StringComparer.Ordinal)
                .Take(k)
                .Select(b => new RankedMatch(versions.Themes[t].ThemeIndex, scores.Recordings[b.Recording].RecordingId,
                    Matches(scores, versions, b.Tempo, b.Recording, populations[b.Tempo])))
                .ToList();
        }
        return rankings;
    }

    /// <summary>The chosen version's ends backtracked to their starts (<see cref="MatchTracing.NonOverlapping"/>), scored on the
    /// collection's scale.</summary>
    private static ScoredMatch Matches(ShardScores scores, ThemeVersions versions, int tempo, int recording, ScoreSpread population)
    {
        int query = scores.Query(tempo, recording);
        var (tempoFactor, transposition, features) = versions.Version(query);
        var audio = scores.Recordings[recording].Features;
        double rate = audio.FeatureRate;
        var spans = MatchTracing.NonOverlapping(features, audio, scores.Ends(tempo, recording))
            .Select(m => new MatchSpan(MatchScoring.Score(m.End.Cost, population), m.Path.StartFrame / rate, (m.Path.EndFrame + 1) / rate))
            .ToList();
        return new ScoredMatch(spans, transposition, tempoFactor, population.Confidence(scores.Cost(tempo, recording)));
    }
}
