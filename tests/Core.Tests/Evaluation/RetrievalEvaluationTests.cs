using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Tests.Evaluation;

public class RetrievalEvaluationTests
{
    internal static ThemeResult Result(string theme, params string[] recordings) =>
        new(theme, recordings.Select((r, i) => new RankedRecording(r, i, 10, 20)).ToList());

    [Fact]
    public void EvaluateScoresTheRankOfEachThemesRelevantRecording()
    {
        var truth = new[]
        {
            new TruthEntry("a.mid", "ra.wav", 12, 18), // rank 1, overlaps 10–20
            new TruthEntry("b.mid", "rb.wav", 30, 40), // rank 1, no overlap
            new TruthEntry("c.mid", "rc.wav", 0, 5),   // rank 3
            new TruthEntry("d.mid", "rd.wav", 0, 5),   // not ranked
            new TruthEntry("e.mid", "re.wav", 0, 5),   // no results at all
        };
        var results = new[]
        {
            Result("a.mid", "ra.wav", "rb.wav"),
            Result("b.mid", "rb.wav", "ra.wav"),
            Result("c.mid", "ra.wav", "rb.wav", "rc.wav"),
            Result("d.mid", "ra.wav"),
            Result("x.mid", "ra.wav"),
        };

        var scores = RetrievalEvaluation.Evaluate(results, truth);

        Assert.Equal(5, scores.Queries);
        Assert.Equal(2 / 5.0, scores.Top1, 12);
        Assert.Equal(3 / 5.0, scores.Top5, 12);
        Assert.Equal(3 / 5.0, scores.Top10, 12);
        Assert.Equal((1 + 1 + 1 / 3.0) / 5, scores.Mrr, 12);
        Assert.Equal(1 / 2.0, scores.Localisation, 12);
        Assert.Equal(["x.mid"], scores.IgnoredThemes);
        Assert.Equal(["e.mid"], scores.UnrankedThemes);
    }

    [Fact]
    public void EvaluateMatchesThemesAndRecordingsByFileName()
    {
        var truth = new[] { new TruthEntry("themes/a.mid", "audio/ra.wav", 12, 18) };
        var results = new[] { Result("a.mid", "other/ra.wav") };

        var scores = RetrievalEvaluation.Evaluate(results, truth);

        Assert.Equal(new RetrievalScores(1, 1, 1, 1, 1, 1, scores.IgnoredThemes, scores.UnrankedThemes), scores);
        Assert.Empty(scores.IgnoredThemes);
        Assert.Empty(scores.UnrankedThemes);
    }

    [Fact]
    public void EvaluateTellsApartRecordingsOfOneFileNameByTheirPathsBelowTheRoot()
    {
        var truth = new[] { new TruthEntry("a.mid", "other/ode.wav", 12, 18) };
        var results = new[] { Result("a.mid", "ode.wav", "other/ode.wav") };

        Assert.Equal(0.5, RetrievalEvaluation.Evaluate(results, truth).Mrr, 12);
    }

    [Fact]
    public void EvaluateRefusesATruthRecordingWhoseFileNameIsAmbiguous()
    {
        var truth = new[] { new TruthEntry("a.mid", "x/ode.wav", 12, 18) };
        var results = new[] { Result("a.mid", "ode.wav", "other/ode.wav") };

        var e = Assert.Throws<InputException>(() => RetrievalEvaluation.Evaluate(results, truth));

        Assert.StartsWith("names 2 ranked recordings: ode.wav, other/ode.wav;", e.Reason);
    }

    [Fact]
    public void EvaluateCountsAnyOfSeveralRelevantRecordings()
    {
        var truth = new[] { new TruthEntry("a.mid", "r1.wav", 0, 5), new TruthEntry("a.mid", "r2.wav", 0, 5) };
        var results = new[] { Result("a.mid", "r0.wav", "r2.wav", "r1.wav") };

        var scores = RetrievalEvaluation.Evaluate(results, truth);

        Assert.Equal(1, scores.Queries);
        Assert.Equal(0.5, scores.Mrr, 12);
    }

    [Fact]
    public void AMatchOnARepeatIsLocalisedOnlyWhereTheTruthListsTheRepeat()
    {
        // The theme was cut at 40–45 s and is heard first at 12–18 s; the top answer spans 10–20 s.
        var cutOnly = new TruthEntry("a.mid", "ra.wav", 40, 45);
        var everyOccurrence = cutOnly with { Segments = [[12, 18], [40, 45]] };
        var results = new[] { Result("a.mid", "ra.wav") };

        var withoutSegments = RetrievalEvaluation.Evaluate(results, [cutOnly]);
        var withSegments = RetrievalEvaluation.Evaluate(results, [everyOccurrence]);

        Assert.Equal((1, 0), (withoutSegments.Top1, withoutSegments.Localisation));
        Assert.Equal((1, 1), (withSegments.Top1, withSegments.Localisation));
    }

    [Fact]
    public void EvaluateOfEmptyTruthScoresZero()
    {
        var scores = RetrievalEvaluation.Evaluate([Result("a.mid", "r.wav")], []);

        Assert.Equal(new RetrievalScores(0, 0, 0, 0, 0, 0, scores.IgnoredThemes, scores.UnrankedThemes), scores);
        Assert.Equal(["a.mid"], scores.IgnoredThemes);
        Assert.Empty(scores.UnrankedThemes);
    }

    [Fact]
    public void EvaluateRejectsAThemeRankedTwice()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            RetrievalEvaluation.Evaluate([Result("a.mid", "r.wav"), Result("a.mid", "s.wav")], []));

        Assert.Contains("'a.mid'", e.Message);
    }
}
