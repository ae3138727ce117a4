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

    [SkippableFact]
    public void WithThePublishedModelsTheDefaultIsTheBestPublishedOne()
    {
        Skip.If(SharedData.ModelsFolder == null, SharedData.ModelsMissing);

        var registry = new FeatureKindRegistry(SharedData.ModelsFolder);

        Assert.Equal(27, registry.Available.Count);
        Assert.Equal("ctc:v2_ctc_train345valid1", registry.Default);
    }
}
