using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class FeatureKindNameTests
{
    private static readonly string[] Available = ["cens", "cqt", "ctc:v2_ctc_train123valid4", "ctc:v2_ctc_train345valid1", "ctc:Mine"];

    [Fact]
    public void AnEnsemblesMembersAreSortedSoEitherOrderIsOneKind()
    {
        Assert.Equal("ctc:v2_ctc_train123valid4+v2_ctc_train345valid1", FeatureKindName.Find("ctc:v2_ctc_train345valid1+v2_ctc_train123valid4", Available));
        Assert.Equal("ctc:v2_ctc_train123valid4+v2_ctc_train345valid1", FeatureKindName.Find("ctc:v2_ctc_train123valid4+v2_ctc_train345valid1", Available));
    }

    [Fact]
    public void AnEnsemblesMembersAreSpelledAsOfferedAndCountedOnce()
    {
        Assert.Equal("ctc:Mine+v2_ctc_train345valid1", FeatureKindName.Find("CTC:v2_ctc_train345valid1+mine+MINE", Available));
    }

    [Fact]
    public void AnEnsembleOfOneModelIsThatModelsKind()
    {
        Assert.Equal("ctc:v2_ctc_train345valid1", FeatureKindName.Find("ctc:v2_ctc_train345valid1+v2_ctc_train345valid1", Available));
    }

    [Fact]
    public void AKindThatIsNotAnEnsembleIsFoundInAnyCaseOrNotAtAll()
    {
        Assert.Equal("cens", FeatureKindName.Find("CENS", Available));
        Assert.Null(FeatureKindName.Find("ctc:nobody", Available));
    }

    [Fact]
    public void AnUnknownMemberIsRefusedInOneLineNamingItAndTheModels()
    {
        var e = Assert.Throws<InputException>(() => FeatureKindName.Find("ctc:v2_ctc_train345valid1+nobody", Available));

        Assert.Equal("--features ctc:v2_ctc_train345valid1+nobody: no model nobody; available models: Mine, v2_ctc_train123valid4, v2_ctc_train345valid1",
            e.Message);
    }

    [Fact]
    public void AnEmptyMemberIsRefused()
    {
        var e = Assert.Throws<InputException>(() => FeatureKindName.Find("ctc:v2_ctc_train345valid1+", Available));

        Assert.Equal("--features ctc:v2_ctc_train345valid1+: an ensemble member is empty; write ctc:<model-id>+<model-id>…", e.Message);
    }

    [Fact]
    public void OnlyACtcKindWithAPlusIsAnEnsemble()
    {
        Assert.True(FeatureKindName.IsEnsemble("ctc:a+b"));
        Assert.False(FeatureKindName.IsEnsemble("ctc:a"));
        Assert.False(FeatureKindName.IsEnsemble("cens+cqt"));
    }
}
