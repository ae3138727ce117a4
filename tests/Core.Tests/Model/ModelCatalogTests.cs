using Leitmotif.Core.Model;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model;

public class ModelCatalogTests
{
    [Fact]
    public void ListsOwnFilesAndPublishedCheckpointsOnce()
    {
        using var folder = new TemporaryFolder();
        TestModels.WriteCheckpoint(folder.Path, TestModels.Random("v1_a", seed: 9));
        TestModels.WriteCheckpoint(folder.Path, TestModels.Random("both", seed: 10));
        ModelFile.Save(folder.File("both.safetensors"), TestModels.Random("both", seed: 11));
        ModelFile.Save(folder.File("mine.safetensors"), TestModels.Random("mine", seed: 12));
        folder.File("notes.txt", "not a model");

        Assert.Equal(["both", "mine", "v1_a"], new ModelCatalog(folder.Path).ListModelIds());
    }

    [Fact]
    public void LoadPrefersTheOwnFile()
    {
        using var folder = new TemporaryFolder();
        var published = TestModels.Random("both", seed: 13);
        var own = TestModels.Random("both", seed: 14);
        TestModels.WriteCheckpoint(folder.Path, published);
        ModelFile.Save(folder.File("both.safetensors"), own);
        TestModels.WriteCheckpoint(folder.Path, TestModels.Random("v1_a", seed: 15));
        var catalog = new ModelCatalog(folder.Path);

        Assert.Equal(own.Tensors["conv3.weight"].Data, catalog.Load("both").Tensors["conv3.weight"].Data);
        var imported = catalog.Load("v1_a");
        Assert.Equal("v1_a", imported.ModelId);
        Assert.Equal(TestModels.Random("v1_a", seed: 15).Tensors["conv3.weight"].Data, imported.Tensors["conv3.weight"].Data);
    }

    [Fact]
    public void UnknownIdListsTheAvailableOnes()
    {
        using var folder = new TemporaryFolder();
        ModelFile.Save(folder.File("a.safetensors"), TestModels.Random("a", seed: 16));
        ModelFile.Save(folder.File("b.safetensors"), TestModels.Random("b", seed: 17));

        var error = Assert.Throws<InputException>(() => new ModelCatalog(folder.Path).Load("c"));
        Assert.Equal("c", error.Input);
        Assert.Equal($"no such model in {folder.Path}; available: a, b", error.Reason);
    }

    [Fact]
    public void EmptyOrMissingFolderIsReported()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal($"no models in {folder.Path}", Assert.Throws<InputException>(() => new ModelCatalog(folder.Path).Load("x")).Reason);
        string missing = Path.Combine(folder.Path, "absent");
        Assert.Equal("models folder not found", Assert.Throws<InputException>(() => new ModelCatalog(missing).ListModelIds()).Reason);
    }

    [SkippableFact]
    public void PublishedFolderListsTheTwentyFiveModels()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        var catalog = new ModelCatalog(SharedData.ModelsFolder!);

        var ids = catalog.ListModelIds();

        Assert.Equal(25, ids.Count);
        Assert.Contains("v2_ctc_train345valid1", ids);
        Assert.Equal("v2_ctc_train345valid1", catalog.Load("v2_ctc_train345valid1").ModelId);
    }
}
