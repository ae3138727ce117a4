using Leitmotif.Core.Model;
using Leitmotif.Core.Model.Published;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model;

public class InstalledModelsTests
{
    [SkippableFact]
    public void EachModelHasItsOriginLossRotationAndSize()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var folder = new TemporaryFolder();
        foreach (var file in PublishedModels.Find("v2_linear_train451valid2")!.Files)
            File.Copy(Path.Combine(SharedData.ModelsFolder!, file.FileName), folder.File(file.FileName));
        TestModels.WriteCheckpoint(folder.Path, TestModels.Random("v2_strong_train123valid4", seed: 21));
        long checkpointBytes = Directory.GetFiles(folder.Path, "model_v2_strong_train123valid4.*").Sum(f => new FileInfo(f).Length);
        ModelFile.Save(folder.File("own_ctc_train512valid3.safetensors"), TestModels.Random("own_ctc_train512valid3", seed: 22));
        ModelFile.Save(folder.File("sketch.safetensors"), TestModels.Random("sketch", seed: 23));
        long Bytes(string name) => new FileInfo(folder.File(name)).Length;

        Assert.Equal(
        [
            new InstalledModel("own_ctc_train512valid3", "ctc", "train512valid3", ModelOrigin.Own, Bytes("own_ctc_train512valid3.safetensors")),
            new InstalledModel("sketch", null, null, ModelOrigin.Own, Bytes("sketch.safetensors")),
            new InstalledModel("v2_linear_train451valid2", "linear", "train451valid2", ModelOrigin.Published, 893_032 + 3_388),
            new InstalledModel("v2_strong_train123valid4", "strong", "train123valid4", ModelOrigin.Checkpoint, checkpointBytes),
        ], InstalledModels.List(folder.Path));
    }

    [Fact]
    public void AMissingFolderHasNone()
    {
        using var folder = new TemporaryFolder();

        Assert.Empty(InstalledModels.List(Path.Combine(folder.Path, "models")));
    }
}
