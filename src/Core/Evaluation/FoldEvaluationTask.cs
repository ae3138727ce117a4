namespace Leitmotif.Core.Evaluation;

/// <summary>One cell of an evaluation by fold: the themes of test fold <paramref name="Fold"/> matched with feature kind
/// <paramref name="Kind"/>, reported under <paramref name="Label"/>.</summary>
/// <param name="Label">The requested name: a kind (<c>cens</c>, <c>ctc:v2_ctc_train345valid1</c>) or a cross-validated family
/// (<c>ctc:own_ctc</c>).</param>
/// <param name="Kind">The feature kind that computes this cell; for a family, the rotation model that never saw the fold.</param>
/// <param name="Fold">The test fold, 1–5.</param>
public sealed record FoldEvaluationTask(string Label, string Kind, int Fold);
