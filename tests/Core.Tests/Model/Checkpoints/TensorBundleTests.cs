using Leitmotif.Core.Model.Checkpoints;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class TensorBundleTests
{
    private const string SharedModelId = "v1_ctc_train123valid4";
    private const string SharedTensor = "layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE"; // bytes [0, 13824) of the data file

    private static readonly Dictionary<string, (long[] Shape, float[] Values)> Tensors = new()
    {
        ["a/kernel"] = ([2, 3], [1, 2, 3, 4, 5, -6.5f]),
        ["a/bias"] = ([3], [0.25f, float.Epsilon, -0f]),
        ["step"] = ([], [42]),
    };

    [Fact]
    public void ReadsBackHandMadeBundle()
    {
        using var folder = new TemporaryFolder();
        CheckpointWriter.Bundle(folder.File("ckpt"), Tensors);

        var bundle = TensorBundle.Open(folder.File("ckpt.index"));

        Assert.Equal(["a/bias", "a/kernel", "step"], bundle.Entries.Keys);
        Assert.Equal([2L, 3L], bundle.Entries["a/kernel"].Shape);
        foreach (var (name, (_, values)) in Tensors)
            Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), bundle.ReadFloat32(name).Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(folder.File("ckpt.data-00000-of-00001"), bundle.DataPath(0));
    }

    [Fact]
    public void FlippedDataByteIsACrcErrorNamingTheTensor()
    {
        using var folder = new TemporaryFolder();
        CheckpointWriter.Bundle(folder.File("ckpt"), Tensors);
        FlipByte(folder.File("ckpt.data-00000-of-00001"), 4 * 3 + 1); // inside a/kernel, which follows a/bias

        var bundle = TensorBundle.Open(folder.File("ckpt.index"));

        var error = Assert.Throws<InputException>(() => bundle.ReadFloat32("a/kernel"));
        Assert.Equal("crc32c mismatch in tensor 'a/kernel' (data file corrupt)", error.Reason);
        Assert.Equal(Tensors["a/bias"].Values, bundle.ReadFloat32("a/bias"));
    }

    [Fact]
    public void ShortDataFileIsReported()
    {
        using var folder = new TemporaryFolder();
        CheckpointWriter.Bundle(folder.File("ckpt"), Tensors);
        Truncate(folder.File("ckpt.data-00000-of-00001"), 3);

        var error = Assert.Throws<InputException>(() => TensorBundle.Open(folder.File("ckpt.index")).ReadFloat32("step"));
        Assert.Equal(folder.File("ckpt.data-00000-of-00001"), error.Input);
        Assert.Contains("shorter than tensor 'step' needs", error.Reason);
    }

    [Fact]
    public void MissingDataFileIsReported()
    {
        using var folder = new TemporaryFolder();
        CheckpointWriter.Bundle(folder.File("ckpt"), Tensors);
        File.Delete(folder.File("ckpt.data-00000-of-00001"));

        var error = Assert.Throws<InputException>(() => TensorBundle.Open(folder.File("ckpt.index")).ReadFloat32("step"));
        Assert.Equal("checkpoint data file not found", error.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public void TruncatedIndexIsReported(int cut)
    {
        using var folder = new TemporaryFolder();
        CheckpointWriter.Bundle(folder.File("ckpt"), Tensors);
        Truncate(folder.File("ckpt.index"), cut);

        var error = Assert.Throws<InputException>(() => TensorBundle.Open(folder.File("ckpt.index")));
        Assert.Equal(folder.File("ckpt.index"), error.Input);
        Assert.Contains("truncated", error.Reason);
    }

    [Fact]
    public void MissingIndexIsReported()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal("checkpoint index not found", Assert.Throws<InputException>(() => TensorBundle.Open(folder.File("none.index"))).Reason);
    }

    [SkippableFact]
    public void PublishedCheckpointCopyWithAFlippedByteFailsItsCrc()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var folder = new TemporaryFolder();
        string prefix = CopyPublished(folder);
        FlipByte(prefix + ".data-00000-of-00001", 100);

        var bundle = TensorBundle.Open(prefix + ".index");

        var error = Assert.Throws<InputException>(() => bundle.ReadFloat32(SharedTensor));
        Assert.Equal($"crc32c mismatch in tensor '{SharedTensor}' (data file corrupt)", error.Reason);
    }

    [SkippableFact]
    public void PublishedIndexCutShortIsReported()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var folder = new TemporaryFolder();
        string prefix = CopyPublished(folder);
        Truncate(prefix + ".index", 100);

        var error = Assert.Throws<InputException>(() => TensorBundle.Open(prefix + ".index"));
        Assert.StartsWith(prefix + ".index: bad table magic", error.Message);
    }

    [SkippableFact]
    public void PublishedIndexWithAFlippedByteIsReported()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var folder = new TemporaryFolder();
        string prefix = CopyPublished(folder);
        FlipByte(prefix + ".index", 0x40);

        var error = Assert.Throws<InputException>(() => TensorBundle.Open(prefix + ".index"));
        Assert.Contains("crc32c mismatch", error.Reason);
    }

    private static string CopyPublished(TemporaryFolder folder)
    {
        string prefix = folder.File($"model_{SharedModelId}");
        foreach (string suffix in new[] { ".index", ".data-00000-of-00001" })
            File.Copy(Path.Combine(SharedData.ModelsFolder!, $"model_{SharedModelId}{suffix}"), prefix + suffix);
        foreach (string file in Directory.EnumerateFiles(folder.Path)) File.SetAttributes(file, FileAttributes.Normal);
        return prefix;
    }

    private static void FlipByte(string path, int offset)
    {
        byte[] bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x10;
        File.WriteAllBytes(path, bytes);
    }

    private static void Truncate(string path, int cut)
    {
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^cut]);
    }
}
