using Azure.Storage.Blobs;
using Leitmotif.Core.Features;
using Leitmotif.Grains.Tests;
using Leitmotif.Hosting.Storage;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Hosting.Tests.Storage;

public class BlobModelsMirrorTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private BlobContainerClient FreshContainer() =>
        new BlobServiceClient(azurite.Server!.ConnectionString).GetBlobContainerClient($"models-{Guid.NewGuid():N}");

    [SkippableFact]
    public void TwoSilosMirroringOneContainerOfferTheSameModelsWhicheverHadThemFirst()
    {
        azurite.SkipUnlessAvailable();
        using var folder = new TemporaryFolder();
        var container = FreshContainer();
        var first = folder.Sub("silo1-models");
        var second = folder.Sub("silo2-models");
        File.WriteAllBytes(Path.Combine(first, "own_ctc_train123valid4.safetensors"), [1, 2, 3, 4]); // trained on silo 1

        var registry1 = new FeatureKindRegistry(first, new BlobModelsMirror(container, first).Synchronise);
        var registry2 = new FeatureKindRegistry(second, new BlobModelsMirror(container, second).Synchronise);

        Assert.Contains("ctc:own_ctc_train123valid4", registry1.Available);
        Assert.Contains("ctc:own_ctc_train123valid4", registry2.Available);
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(Path.Combine(second, "own_ctc_train123valid4.safetensors")));
    }

    [SkippableFact]
    public void ABlobReplacedInTheContainerReplacesTheLocalCopyAndAnUnchangedOneIsNotDownloadedAgain()
    {
        azurite.SkipUnlessAvailable();
        using var folder = new TemporaryFolder();
        var container = FreshContainer();
        container.Create();
        container.UploadBlob("m.safetensors", new BinaryData(new byte[] { 1 }));
        var local = Path.Combine(folder.Path, "m.safetensors");
        var mirror = new BlobModelsMirror(container, folder.Path);

        mirror.Synchronise();
        var firstCopy = File.GetLastWriteTimeUtc(local);
        mirror.Synchronise();
        var unchanged = File.GetLastWriteTimeUtc(local);
        Thread.Sleep(1100); // blob times have a resolution of one second
        container.GetBlobClient("m.safetensors").Upload(new BinaryData(new byte[] { 2, 2 }), overwrite: true);
        mirror.Synchronise();

        Assert.Equal(firstCopy, unchanged);
        Assert.Equal([2, 2], File.ReadAllBytes(local));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [SkippableFact]
    public void FilesBeingWrittenAreNotUploaded()
    {
        azurite.SkipUnlessAvailable();
        using var folder = new TemporaryFolder();
        var container = FreshContainer();
        File.WriteAllBytes(Path.Combine(folder.Path, "model_v1_ctc_train123valid4.index.0123abcd.partial"), [1]); // models fetch at work
        File.WriteAllBytes(Path.Combine(folder.Path, "m.safetensors.0123abcd.tmp"), [2]); // another silo's mirror at work
        File.WriteAllBytes(Path.Combine(folder.Path, "m.safetensors"), [3]);

        new BlobModelsMirror(container, folder.Path).Synchronise();

        Assert.Equal(["m.safetensors"], container.GetBlobs().Select(b => b.Name));
    }
}
