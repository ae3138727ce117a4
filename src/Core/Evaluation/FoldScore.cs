namespace Leitmotif.Core.Evaluation;

/// <summary>The scores of one feature kind on the themes of one test fold.</summary>
/// <param name="Fold">The test fold.</param>
/// <param name="Kind">The feature kind that produced the rankings.</param>
/// <param name="Scores">Retrieval scores over the fold's themes.</param>
public sealed record FoldScore(int Fold, string Kind, RetrievalScores Scores)
{
    /// <summary>Scores <paramref name="results"/> on the themes named in <paramref name="foldThemes"/> only (file names): the
    /// truth is cut to them, and rankings of other themes are left out.</summary>
    public static FoldScore Evaluate(FoldEvaluationTask task, IReadOnlyList<ThemeResult> results, IReadOnlyList<TruthEntry> truth,
        IReadOnlySet<string> foldThemes)
    {
        ArgumentNullException.ThrowIfNull(task);
        bool InFold(string theme) => foldThemes.Contains(Path.GetFileName(theme));
        var scores = RetrievalEvaluation.Evaluate([.. results.Where(r => InFold(r.Theme))], [.. truth.Where(t => InFold(t.Theme))]);
        return new FoldScore(task.Fold, task.Kind, scores);
    }
}
