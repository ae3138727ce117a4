using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Tests.Model;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Features;

public class FeatureKindRegistryTests
{
    [Fact]
    public void CensAndCqtAreAlwaysAvailable()
    {
        var registry = new FeatureKindRegistry();

        Assert.Equal(["cens", "cqt"], registry.Available);
        Assert.IsType<CensFeatures>(registry.Resolve("cens"));
        Assert.IsType<CqtChromaFeatures>(registry.Resolve("CQT"));
    }

    [Fact]
    public void AKindResolvesToOneSharedExtractor()
    {
        var registry = new FeatureKindRegistry();

        Assert.Same(registry.Resolve("cqt"), registry.Resolve("cqt"));
    }

    [Fact]
    public void AnUnknownKindNamesTheAvailableOnes()
    {
        var e = Assert.Throws<InputException>(() => new FeatureKindRegistry().Resolve("chroma9000"));

        Assert.Equal("--features chroma9000: unknown feature kind; available: cens, cqt", e.Message);
    }

    [Fact]
    public void WithoutModelsTheDefaultIsCens()
    {
        Assert.Equal("cens", new FeatureKindRegistry().Default);
        Assert.Equal("cens", new FeatureKindRegistry("/no/such/folder").Default);
    }

    [Fact]
    public void EveryModelInTheModelsFolderIsAKindButAnOwnModelIsNotTheDefault()
    {
        using var folder = new TemporaryFolder();
        ModelFile.Save(Path.Combine(folder.Path, "mine" + ModelFile.Extension), TestWeights.Random(seed: 1) with { ModelId = "mine" });

        var registry = new FeatureKindRegistry(folder.Path);
        var features = registry.Resolve("ctc:mine");

        Assert.Equal(["cens", "cqt", "ctc:mine"], registry.Available);
        Assert.Equal("cens", registry.Default);
        Assert.Equal("ctc:mine", features.Kind);
        Assert.Equal(25.0, features.FeatureRate);
    }

    [Fact]
    public void ANetworkKindRunsOnThisMachinesDefaultPathAndItsVersionSaysWhich()
    {
        using var folder = new TemporaryFolder();
        ModelFile.Save(Path.Combine(folder.Path, "mine" + ModelFile.Extension), TestWeights.Random(seed: 1) with { ModelId = "mine" });
        var registry = new FeatureKindRegistry(folder.Path);

        var byDefault = (DeepChromaFeatures)registry.Resolve("ctc:mine");
        var fp32 = (DeepChromaFeatures)registry.Resolve("ctc:mine", InferencePrecision.Fp32);

        Assert.Equal(InferencePath.ForThisMachine(), byDefault.Path);
        Assert.EndsWith("-" + byDefault.Path.Name, byDefault.Version);
        Assert.Equal(new InferencePath(InferencePrecision.Fp32), fp32.Path);
        Assert.Same(fp32, registry.Resolve("ctc:mine", InferencePrecision.Fp32));
        Assert.Same(registry.Resolve("cens"), registry.Resolve("cens", InferencePrecision.Bf16));
    }

    [Fact]
    public void AModelFileThatAppearsLaterIsOfferedWithoutANewRegistry()
    {
        using var folder = new TemporaryFolder();
        var registry = new FeatureKindRegistry(folder.Path);
        Assert.Equal(["cens", "cqt"], registry.Available);

        ModelFile.Save(Path.Combine(folder.Path, "late" + ModelFile.Extension), TestWeights.Random(seed: 2) with { ModelId = "late" });
        var features = registry.Resolve("ctc:late");
        ModelFile.Save(Path.Combine(folder.Path, "later" + ModelFile.Extension), TestWeights.Random(seed: 3) with { ModelId = "later" });

        Assert.Equal("ctc:late", features.Kind);
        Assert.Equal(["cens", "cqt", "ctc:late", "ctc:later"], registry.Available);
        Assert.Throws<InputException>(() => registry.Resolve("ctc:never"));
    }

    [Fact]
    public void AnOwnModelFileReplacedOnDiskIsLoadedAgain()
    {
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "grown" + ModelFile.Extension);
        ModelFile.Save(path, TestWeights.Random(seed: 4) with { ModelId = "grown" });
        var registry = new FeatureKindRegistry(folder.Path);
        var before = registry.Resolve("ctc:grown");

        ModelFile.Save(path, TestWeights.Random(seed: 5) with { ModelId = "grown" });
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1)); // the file system's clock may be coarse
        var after = registry.Resolve("ctc:grown");

        Assert.Same(after, registry.Resolve("ctc:grown"));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void AnEnsembleInEitherOrderIsOneSharedExtractorUnderItsNormalisedName()
    {
        using var folder = TwoModels();
        var registry = new FeatureKindRegistry(folder.Path);

        var ensemble = registry.Resolve("ctc:b+a", InferencePrecision.Fp32);

        Assert.Same(ensemble, registry.Resolve("CTC:a+b", InferencePrecision.Fp32));
        Assert.Equal("ctc:a+b", ensemble.Kind);
        Assert.Equal(["cens", "cqt", "ctc:a", "ctc:b"], registry.Available);
    }

    [Fact]
    public void AnEnsembleOfOneModelIsThatModelsExtractor()
    {
        using var folder = TwoModels();
        var registry = new FeatureKindRegistry(folder.Path);

        Assert.Same(registry.Resolve("ctc:a", InferencePrecision.Fp32), registry.Resolve("ctc:a+a", InferencePrecision.Fp32));
    }

    [Fact]
    public void AnEnsemblesVersionNamesEveryMembersWeightsAndThePath()
    {
        using var folder = TwoModels();
        var registry = new FeatureKindRegistry(folder.Path);

        var ensemble = registry.Resolve("ctc:a+b", InferencePrecision.Fp32);

        Assert.Equal($"2-{Weights("a").Fingerprint()}+{Weights("b").Fingerprint()}-torchsharp-fp32", ensemble.Version);
    }

    [Fact]
    public void AnEnsembleWithAnUnknownMemberIsRefusedNamingIt()
    {
        using var folder = TwoModels();

        var e = Assert.Throws<InputException>(() => new FeatureKindRegistry(folder.Path).Resolve("ctc:a+c"));

        Assert.Equal("--features ctc:a+c: no model c; available models: a, b", e.Message);
    }

    [Fact]
    public void AnEnsembleIsLoadedAgainWhenOneMembersFileWasReplaced()
    {
        using var folder = TwoModels();
        var registry = new FeatureKindRegistry(folder.Path);
        var before = registry.Resolve("ctc:a+b");

        string path = Path.Combine(folder.Path, "b" + ModelFile.Extension);
        ModelFile.Save(path, TestWeights.Random(seed: 9) with { ModelId = "b" });
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1)); // the file system's clock may be coarse

        Assert.NotEqual(before.Version, registry.Resolve("ctc:a+b").Version);
    }

    [SkippableFact]
    public void WithThePublishedModelsTheDefaultIsTheBestPublishedOne()
    {
        Skip.If(SharedData.ModelsFolder == null, SharedData.ModelsMissing);

        var registry = new FeatureKindRegistry(SharedData.ModelsFolder);

        Assert.Equal(27, registry.Available.Count);
        Assert.Equal("ctc:v2_ctc_train345valid1", registry.Default);
    }

    /// <summary>Models <c>a</c> (seed 1) and <c>b</c> (seed 2) in a temporary models folder.</summary>
    private static TemporaryFolder TwoModels()
    {
        var folder = new TemporaryFolder();
        foreach (string id in new[] { "a", "b" }) ModelFile.Save(Path.Combine(folder.Path, id + ModelFile.Extension), Weights(id));
        return folder;
    }

    private static ModelWeights Weights(string id) => TestWeights.Random(seed: id == "a" ? 1 : 2) with { ModelId = id };
}
