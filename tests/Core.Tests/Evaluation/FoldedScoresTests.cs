using Leitmotif.Core.Evaluation;
using static Leitmotif.Core.Tests.Evaluation.RetrievalEvaluationTests;

namespace Leitmotif.Core.Tests.Evaluation;

public class FoldedScoresTests
{
    [Fact]
    public void AFoldIsScoredOnItsOwnThemesOnly()
    {
        TruthEntry[] truth = [new("a.mid", "ra.wav", 10, 20), new("b.mid", "rb.wav", 10, 20), new("c.mid", "rc.wav", 10, 20)];
        ThemeResult[] results = [Result("a.mid", "ra.wav"), Result("b.mid", "ra.wav", "rb.wav"), Result("c.mid", "ra.wav")];

        var score = FoldScore.Evaluate(new FoldEvaluationTask("cens", "cens", 2), results, truth, new HashSet<string> { "a.mid", "b.mid" });

        Assert.Equal(2, score.Scores.Queries);
        Assert.Equal((1 + 1 / 2.0) / 2, score.Scores.Mrr, 12);
        Assert.Empty(score.Scores.IgnoredThemes);
    }

    [Fact]
    public void TheSummaryIsTheMeanOverFoldsWithTheSampleStandardDeviation()
    {
        FoldScore Fold(int fold, double mrr, int queries) => new(fold, "cens", new RetrievalScores(queries, mrr / 2, mrr, mrr, mrr, 1, [], []));
        var row = new FoldedScores("cens", [Fold(1, 0.2, 10), Fold(2, 0.4, 20), Fold(3, 0.6, 30)]);

        Assert.Equal(60, row.Queries);
        Assert.Equal(0.4, row.Mrr.Mean, 12);
        Assert.Equal(0.2, row.Mrr.Spread, 12); // sqrt((0.04 + 0 + 0.04) / 2)
        Assert.Equal(0.2, row.Top1.Mean, 12);
        Assert.Equal(0, row.Localisation.Spread, 12);
    }

    [Fact]
    public void OneFoldHasNoSpread()
    {
        Assert.True(double.IsNaN(MeanAndSpread.Of([0.5]).Spread));
        Assert.Throws<ArgumentException>(() => MeanAndSpread.Of([]));
    }
}
