using Leitmotif.Core.Model;
using Leitmotif.Core.Model.Checkpoints;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class PublishedModelImporterTests
{
    [Fact]
    public void HandMadeCheckpointImportsIntoTorchLayoutSkippingOptimizerState()
    {
        using var folder = new TemporaryFolder();
        var original = TestModels.Random("tiny", seed: 1);
        TestModels.WriteCheckpoint(folder.Path, original);

        var imported = PublishedModelImporter.Import(folder.Path, "tiny");

        Assert.Equal("tiny", imported.ModelId);
        Assert.Equal(ModelLayout.Parameters.Select(p => p.Name).Order(), imported.Tensors.Keys.Order());
        foreach (var parameter in ModelLayout.Parameters.Where(p => p.Name != "pitchclass.bias"))
            Assert.Equal(original.Tensors[parameter.Name].Data, imported.Tensors[parameter.Name].Data);
        Assert.All(imported.Tensors["pitchclass.bias"].Data, value => Assert.Equal(0f, value));
    }

    [Fact]
    public void MissingVariableIsNamed()
    {
        using var folder = new TemporaryFolder();
        TestModels.WriteCheckpoint(folder.Path, TestModels.Random("tiny", seed: 2));
        var bundle = TensorBundle.Open(PublishedModelImporter.IndexPath(folder.Path, "tiny"));
        var kept = bundle.Entries.Keys.Where(name => name != TestModels.KerasName(3, "bias"))
            .ToDictionary(name => name, name => (bundle.Entries[name].Shape, bundle.ReadFloat32(name)));
        CheckpointWriter.Bundle(bundle.IndexPath[..^".index".Length], kept);

        var error = Assert.Throws<InputException>(() => PublishedModelImporter.Import(folder.Path, "tiny"));
        Assert.Equal(bundle.IndexPath, error.Input);
        Assert.Equal("no bias for layer_with_weights-3 (conv4)", error.Reason);
    }

    [Fact]
    public void WrongShapeIsNamed()
    {
        using var folder = new TemporaryFolder();
        string kernel = TestModels.KerasName(4, "kernel");
        CheckpointWriter.Bundle(Path.Combine(folder.Path, "model_odd"), new Dictionary<string, (long[], float[])>
        {
            [TestModels.KerasName(0, "kernel")] = ([3, 3, 6, 64], new float[3 * 3 * 6 * 64]),
            [TestModels.KerasName(0, "bias")] = ([64], new float[64]),
            [TestModels.KerasName(1, "kernel")] = ([3, 3, 64, 32], new float[3 * 3 * 64 * 32]),
            [TestModels.KerasName(1, "bias")] = ([32], new float[32]),
            [TestModels.KerasName(2, "kernel")] = ([3, 3, 32, 32], new float[3 * 3 * 32 * 32]),
            [TestModels.KerasName(2, "bias")] = ([32], new float[32]),
            [TestModels.KerasName(3, "kernel")] = ([3, 3, 32, 32], new float[3 * 3 * 32 * 32]),
            [TestModels.KerasName(3, "bias")] = ([32], new float[32]),
            [kernel] = ([3, 40, 32, 8], new float[3 * 40 * 32 * 8]),
        });

        var error = Assert.Throws<InputException>(() => PublishedModelImporter.Import(folder.Path, "odd"));
        Assert.Equal($"'{kernel}' has shape [3, 40, 32, 8], expected [3, 42, 32, 8] for conv5", error.Reason);
    }

    [Fact]
    public void UnknownIdReportsTheMissingIndex()
    {
        using var folder = new TemporaryFolder();
        var error = Assert.Throws<InputException>(() => PublishedModelImporter.Import(folder.Path, "v9"));
        Assert.Equal(Path.Combine(folder.Path, "model_v9.index"), error.Input);
    }

    [SkippableFact]
    public void EveryPublishedModelLoadsWithAllLayers()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        var ids = PublishedIds();
        Assert.Equal(25, ids.Count);

        foreach (string id in ids)
        {
            var weights = PublishedModelImporter.Import(SharedData.ModelsFolder!, id);

            Assert.Equal(id, weights.ModelId);
            Assert.Equal(16, weights.Tensors.Count);
            foreach (var expected in ModelLayout.Parameters)
            {
                var tensor = weights.Tensors[expected.Name];
                Assert.Equal(expected.Shape, tensor.Shape);
                Assert.Equal(expected.ElementCount, tensor.Data.Length);
                Assert.All(tensor.Data, value => Assert.True(float.IsFinite(value), $"{id} {expected.Name}"));
            }
            Assert.True(weights.Tensors["conv1.weight"].Data.Any(value => value != 0), id);
        }
    }

    [SkippableFact]
    public void V2CheckpointsHoldOptimizerSlotsThatAreSkipped()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        var v2 = PublishedIds().Where(id => id.StartsWith("v2_", StringComparison.Ordinal)).ToList();
        Assert.Equal(15, v2.Count);
        foreach (string id in v2)
        {
            var bundle = TensorBundle.Open(PublishedModelImporter.IndexPath(SharedData.ModelsFolder!, id));
            // Adam m and v for the kernel and bias of the six convolutions and the blank dense; the pitch-class pooling is not trained.
            Assert.Equal(28, bundle.Entries.Keys.Count(name => name.Contains("/.OPTIMIZER_SLOT/", StringComparison.Ordinal)));

            var weights = PublishedModelImporter.Import(SharedData.ModelsFolder!, id);

            // The variables themselves, not their Adam moments m or v.
            Assert.Equal(bundle.ReadFloat32("layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE"), weights.Tensors["conv1.bias"].Data);
            Assert.Equal(bundle.ReadFloat32("layer_with_weights-7/layer/bias/.ATTRIBUTES/VARIABLE_VALUE"), weights.Tensors["blank.bias"].Data);
        }
    }

    [SkippableFact]
    public void PitchClassLayerIsTheFixedPoolingWithZeroBias()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        foreach (string id in PublishedIds())
        {
            var weights = PublishedModelImporter.Import(SharedData.ModelsFolder!, id);
            float[] pooling = weights.Tensors["pitchclass.weight"].Data; // (12, 216)

            for (int pitchClass = 0; pitchClass < ModelLayout.PitchClasses; pitchClass++)
                for (int bin = 0; bin < ModelLayout.Bins; bin++)
                    Assert.Equal(bin / 3 % 12 == pitchClass ? 1f : 0f, pooling[pitchClass * ModelLayout.Bins + bin]);
            Assert.All(weights.Tensors["pitchclass.bias"].Data, value => Assert.Equal(0f, value));
        }
    }

    [SkippableFact]
    public void KernelElementLandsInTorchLayout()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        const string id = "v1_ctc_train123valid4";
        var bundle = TensorBundle.Open(PublishedModelImporter.IndexPath(SharedData.ModelsFolder!, id));
        float[] keras = bundle.ReadFloat32("layer_with_weights-4/kernel/.ATTRIBUTES/VARIABLE_VALUE"); // (3, 42, 32, 8)

        float[] torch = PublishedModelImporter.Import(SharedData.ModelsFolder!, id).Tensors["conv5.weight"].Data; // (8, 32, 3, 42)

        (int i, int j, int c, int o) = (2, 41, 17, 5);
        Assert.Equal(keras[((i * 42 + j) * 32 + c) * 8 + o], torch[((o * 32 + c) * 3 + i) * 42 + j]);
    }

    private static List<string> PublishedIds() =>
        [.. Directory.EnumerateFiles(SharedData.ModelsFolder!, "model_*.index").Select(path => Path.GetFileName(path)["model_".Length..^".index".Length]).Order()];
}
