using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Tests.Evaluation;

public class FoldEvaluationPlanTests
{
    private static readonly string[] Available =
        ["cens", "cqt", "ctc:v2_ctc_train345valid1", "ctc:own_ctc_train123valid4", "ctc:own_ctc_train234valid5", "ctc:own_ctc_extra"];

    [Fact]
    public void AFamilyIsScoredOnlyOnTheTestPartOfEachRotation()
    {
        var plan = FoldEvaluationPlan.Plan(["ctc:own_ctc"], Available, new HashSet<int> { 1, 2, 3, 4, 5 });

        // train123valid4 tests on part 5, train234valid5 on part 1; the model without a rotation name is not part of the family.
        Assert.Equal([new FoldEvaluationTask("ctc:own_ctc", "ctc:own_ctc_train234valid5", 1), new FoldEvaluationTask("ctc:own_ctc", "ctc:own_ctc_train123valid4", 5)], plan);
    }

    [Fact]
    public void OtherKindsAreScoredOnTheSameFoldsAsTheFamilies()
    {
        var plan = FoldEvaluationPlan.Plan(["cens", "ctc:own_ctc", "ctc:v2_ctc_train345valid1"], Available, new HashSet<int> { 1, 2, 3, 4, 5 });

        Assert.Equal([1, 5], plan.Where(t => t.Label == "cens").Select(t => t.Fold));
        Assert.Equal([1, 5], plan.Where(t => t.Label == "ctc:v2_ctc_train345valid1").Select(t => t.Fold));
        Assert.All(plan.Where(t => t.Label == "cens"), t => Assert.Equal("cens", t.Kind));
        Assert.Equal(["cens", "ctc:own_ctc", "ctc:v2_ctc_train345valid1"], plan.Select(t => t.Label).Distinct());
    }

    [Fact]
    public void WithoutFamiliesEveryFoldWithThemesIsScored()
    {
        var plan = FoldEvaluationPlan.Plan(["CENS", "cqt"], Available, new HashSet<int> { 2, 4 });

        Assert.Equal([("cens", 2), ("cens", 4), ("cqt", 2), ("cqt", 4)], plan.Select(t => (t.Kind, t.Fold)));
    }

    [Fact]
    public void AnEnsembleIsScoredOnEveryFoldUnderItsNormalisedKind()
    {
        var plan = FoldEvaluationPlan.Plan(["ctc:own_ctc_train234valid5+own_ctc_train123valid4"], Available, new HashSet<int> { 2, 4 });

        Assert.Equal([2, 4], plan.Select(t => t.Fold));
        Assert.All(plan, t => Assert.Equal("ctc:own_ctc_train123valid4+own_ctc_train234valid5", t.Kind));
        Assert.All(plan, t => Assert.Equal("ctc:own_ctc_train234valid5+own_ctc_train123valid4", t.Label));
    }

    [Fact]
    public void AnUnknownNameIsRefusedNamingIt()
    {
        var e = Assert.Throws<InputException>(() => FoldEvaluationPlan.Plan(["ctc:nobody"], Available, new HashSet<int> { 1 }));

        Assert.Contains("ctc:nobody", e.Message);
        Assert.Contains("cens", e.Message);
    }

    [Fact]
    public void AFamilyWhoseTestFoldsHaveNoThemesIsRefused()
    {
        Assert.Throws<InputException>(() => FoldEvaluationPlan.Plan(["ctc:own_ctc"], Available, new HashSet<int> { 2, 3 }));
    }
}
