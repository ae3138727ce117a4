namespace Leitmotif.Core.Evaluation;

/// <summary>Scores theme rankings (<c>results.json</c>) against where the themes truly occur (<c>truth.json</c>).</summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §5 (rank of the relevant recording per theme; top-k, MRR).</remarks>
public static class RetrievalEvaluation
{
    /// <summary>
    /// Finds for each theme of <paramref name="truth"/> the rank of its first relevant recording in its ranking and scores
    /// the ranks with <see cref="RankMetrics"/>. Themes are matched by file name (folders ignored, ordinal comparison), and a
    /// truth entry's recording names a ranked recording as <see cref="RankedRecordings.Resolve"/> says. A theme with several truth entries has several relevant recordings. A truth theme without results (named
    /// in <see cref="RetrievalScores.UnrankedThemes"/>), or whose ranking lacks every relevant recording, is a miss; result themes the truth does not list are ignored and
    /// named in <see cref="RetrievalScores.IgnoredThemes"/>. A correct first answer is localised when its span overlaps any
    /// occurrence of the theme in that recording (<see cref="TruthEntry.Occurrences"/>); spans overlap when they share more
    /// than a point.
    /// </summary>
    /// <param name="results">One ranking per theme, best first; a theme may appear only once.</param>
    /// <param name="truth">Relevant recordings with the theme's spans in them, in seconds.</param>
    /// <returns>The scores; all zero when the truth is empty.</returns>
    /// <exception cref="ArgumentException">A theme appears twice in <paramref name="results"/>.</exception>
    /// <exception cref="InputException">A truth entry's recording names more than one ranked recording.</exception>
    public static RetrievalScores Evaluate(IReadOnlyList<ThemeResult> results, IReadOnlyList<TruthEntry> truth)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(truth);
        var rankings = new Dictionary<string, IReadOnlyList<RankedRecording>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!rankings.TryAdd(Path.GetFileName(result.Theme), result.Ranking))
                throw new ArgumentException($"theme '{result.Theme}' appears more than once in the results", nameof(results));
        }

        var recordings = new RankedRecordings(results.SelectMany(r => r.Ranking));
        var truthByTheme = truth.GroupBy(t => Path.GetFileName(t.Theme), StringComparer.Ordinal).ToList();
        var ranks = new List<int?>();
        int correct = 0, localised = 0;
        foreach (var relevant in truthByTheme)
        {
            var ranking = rankings.GetValueOrDefault(relevant.Key) ?? [];
            var named = relevant.Select(t => (Truth: t, Recording: recordings.Resolve(t.Recording))).Where(t => t.Recording != null).ToList();
            int index = ranking.ToList().FindIndex(r => named.Any(t => t.Recording == RankedRecordings.KeyOf(r)));
            ranks.Add(index < 0 ? null : index + 1);
            if (index != 0) continue;
            correct++;
            var top = ranking[0];
            if (named.Any(t => t.Recording == RankedRecordings.KeyOf(top) && t.Truth.Occurrences().Any(o => top.Start < o.End && o.Start < top.End))) localised++;
        }

        var unranked = truthByTheme.Select(g => g.Key).Where(theme => !rankings.ContainsKey(theme)).ToList();
        var ignored = results.Select(r => r.Theme).Where(theme => truthByTheme.All(g => g.Key != Path.GetFileName(theme))).ToList();
        return new RetrievalScores(
            truthByTheme.Count,
            RankMetrics.HitRate(ranks, 1),
            RankMetrics.HitRate(ranks, 5),
            RankMetrics.HitRate(ranks, 10),
            RankMetrics.MeanReciprocalRank(ranks),
            correct == 0 ? 0 : (double)localised / correct,
            ignored,
            unranked);
    }
}
