namespace Leitmotif.Core.Evaluation;

/// <summary>One row of an evaluation by fold: a kind's (or a cross-validated family's) scores on each test fold, summarised
/// as the mean over the folds and their spread.</summary>
/// <param name="Label">The kind or family, as requested.</param>
/// <param name="Folds">Per test fold, ascending.</param>
public sealed record FoldedScores(string Label, IReadOnlyList<FoldScore> Folds)
{
    /// <summary>Themes scored, over all folds.</summary>
    public int Queries => Folds.Sum(f => f.Scores.Queries);

    /// <summary>Top-1 rate per fold: mean and spread.</summary>
    public MeanAndSpread Top1 => Over(s => s.Top1);

    /// <summary>Top-10 rate per fold: mean and spread.</summary>
    public MeanAndSpread Top10 => Over(s => s.Top10);

    /// <summary>Mean reciprocal rank per fold: mean and spread.</summary>
    public MeanAndSpread Mrr => Over(s => s.Mrr);

    /// <summary>Localisation per fold: mean and spread.</summary>
    public MeanAndSpread Localisation => Over(s => s.Localisation);

    private MeanAndSpread Over(Func<RetrievalScores, double> metric) => MeanAndSpread.Of([.. Folds.Select(f => metric(f.Scores))]);
}
