using System.Buffers.Binary;
using System.Text;
using Leitmotif.Core.Model;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model;

public class ModelFileTests
{
    [Fact]
    public void RoundTripIsBitForBitAndKeepsTheModelId()
    {
        using var folder = new TemporaryFolder();
        var original = TestModels.Random("v2_ctc_train345valid1", seed: 3);
        float[] conv1 = original.Tensors["conv1.weight"].Data;
        (conv1[0], conv1[1], conv1[2], conv1[3]) = (-0f, float.Epsilon, float.MaxValue, -1.17549435e-38f);
        string path = folder.File("m.safetensors");

        ModelFile.Save(path, original);
        var loaded = ModelFile.Load(path);

        Assert.Equal("v2_ctc_train345valid1", loaded.ModelId);
        Assert.Equal(original.Tensors.Keys.Order(), loaded.Tensors.Keys.Order());
        foreach (var (name, tensor) in original.Tensors)
        {
            Assert.Equal(tensor.Shape, loaded.Tensors[name].Shape);
            Assert.Equal(tensor.Data.Select(BitConverter.SingleToInt32Bits), loaded.Tensors[name].Data.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void LayoutIsSafetensors()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("m.safetensors");
        var weights = TestModels.Random("m", seed: 4);
        ModelFile.Save(path, weights);
        byte[] file = File.ReadAllBytes(path);

        int headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(file);
        string header = Encoding.UTF8.GetString(file, 8, headerLength);

        Assert.Equal(0, headerLength % 8);
        Assert.Contains("\"__metadata__\":{\"format\":\"leitmotif-chroma-v1\",\"model_id\":\"m\"}", header);
        Assert.Contains("\"conv1.weight\":{\"dtype\":\"F32\",\"shape\":[64,6,3,3],\"data_offsets\":[0,13824]}", header);
        Assert.Equal(8 + headerLength + ModelLayout.Parameters.Sum(p => p.ElementCount) * 4, file.Length);
        Assert.Equal(weights.Tensors["conv1.weight"].Data[0], BinaryPrimitives.ReadSingleLittleEndian(file.AsSpan(8 + headerLength)));
    }

    [Theory]
    [InlineData(4)]      // inside the header length
    [InlineData(100)]    // inside the header
    [InlineData(2000)]   // inside the data
    public void TruncatedFileIsReported(int keep)
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("m.safetensors");
        ModelFile.Save(path, TestModels.Random("m", seed: 5));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..keep]);

        var error = Assert.Throws<InputException>(() => ModelFile.Load(path));
        Assert.Equal(path, error.Input);
        Assert.Contains("truncated", error.Reason);
    }

    [Theory]
    [InlineData("{\"__metadata__\":{\"format\":\"leitmotif-chroma-v1\",\"model_id\":\"m\"},\"conv1.bias\":{\"dtype\":\"F32\",\"shape\":[64],\"data_offsets\":[0,100]}}", "data_offsets [0, 100] do not fit shape [64]")]
    [InlineData("{\"__metadata__\":{\"format\":\"leitmotif-chroma-v1\",\"model_id\":\"m\"},\"conv1.bias\":{\"dtype\":\"F16\",\"shape\":[64],\"data_offsets\":[0,128]}}", "dtype 'F16', expected 'F32'")]
    [InlineData("{\"__metadata__\":{\"format\":\"other\",\"model_id\":\"m\"}}", "not a Leitmotif chroma model")]
    [InlineData("{\"__metadata__\":{\"format\":\"leitmotif-chroma-v1\"}}", "metadata has no model_id")]
    [InlineData("{\"__metadata__\":{\"format\":\"leitmotif-chroma-v1\",\"model_id\":\"m\"}}", "parameter 'conv1.weight' is missing")]
    [InlineData("{\"__metadata__\":", "header is not valid JSON")]
    public void HeaderThatDoesNotFitIsReported(string header, string reason)
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("m.safetensors");
        byte[] json = Encoding.UTF8.GetBytes(header);
        var file = new byte[8 + json.Length + 256];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)json.Length);
        json.CopyTo(file, 8);
        File.WriteAllBytes(path, file);

        Assert.Contains(reason, Assert.Throws<InputException>(() => ModelFile.Load(path)).Reason);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal("model file not found", Assert.Throws<InputException>(() => ModelFile.Load(folder.File("none.safetensors"))).Reason);
    }

    [Fact]
    public void SavingIncompleteWeightsThrows()
    {
        using var folder = new TemporaryFolder();
        var weights = TestModels.Random("m", seed: 6);
        var partial = weights with { Tensors = weights.Tensors.Where(t => t.Key != "blank.bias").ToDictionary() };
        Assert.Throws<ArgumentException>(() => ModelFile.Save(folder.File("m.safetensors"), partial));
        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }
}
