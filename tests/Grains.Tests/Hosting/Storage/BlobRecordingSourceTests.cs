using Azure.Storage.Blobs;
using Leitmotif.Core;
using Leitmotif.Hosting.Storage;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Hosting.Tests.Storage;

public class BlobRecordingSourceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private (BlobRecordingSource Source, BlobContainerClient Container) Fresh()
    {
        var account = new BlobServiceClient(azurite.Server!.ConnectionString);
        var container = account.GetBlobContainerClient($"audio-{Guid.NewGuid():N}");
        container.Create();
        return (new BlobRecordingSource(account), container);
    }

    [SkippableFact]
    public void APrefixYieldsItsAudioBlobsInNameOrderAndAResumedWalkOnlyThoseAfterTheCursor()
    {
        azurite.SkipUnlessAvailable();
        var (source, container) = Fresh();
        foreach (var name in new[] { "set/b.wav", "set/a.mp3", "set/notes.txt", "set/deep/c.ogg", "other/d.wav" })
            container.UploadBlob(name, new BinaryData([1, 2, 3]));
        var root = $"az://{container.Name}/set/";

        var all = source.Enumerate(root).ToList();
        var resumed = source.Enumerate(root, after: all[0]).ToList();

        Assert.Equal([$"az://{container.Name}/set/a.mp3", $"az://{container.Name}/set/b.wav", $"az://{container.Name}/set/deep/c.ogg"], all);
        Assert.Equal(all.Skip(1), resumed);
    }

    [SkippableFact]
    public void TheAccountsUriFormNamesTheSameRecordingAsItsAzForm()
    {
        azurite.SkipUnlessAvailable();
        var (source, container) = Fresh();
        var uri = container.GetBlobClient("set/a.wav").Uri.ToString(); // http://127.0.0.1:<port>/devstoreaccount1/<container>/set/a.wav

        Assert.True(source.Handles(uri));
        Assert.Equal($"az://{container.Name}/set/a.wav", source.Normalise(uri));
        Assert.False(source.Handles("https://otheraccount.blob.core.windows.net/music/a.wav"));
    }

    [SkippableFact]
    public void ABlobReadsBackItsBytesAndItsStampChangesWithItsContent()
    {
        azurite.SkipUnlessAvailable();
        var (source, container) = Fresh();
        byte[] content = [.. Enumerable.Range(0, 10_000).Select(i => (byte)(i * 13))];
        container.UploadBlob("a.wav", new BinaryData(content));
        var location = $"az://{container.Name}/a.wav";

        var before = source.Stamp(location);
        using var read = new MemoryStream();
        using (var stream = source.Open(location)) stream.CopyTo(read);
        container.GetBlobClient("a.wav").Upload(new BinaryData(content.Reverse().ToArray()), overwrite: true);

        Assert.Equal(content, read.ToArray());
        Assert.Equal(content.Length, before.Size);
        Assert.NotEqual(before.Modified, source.Stamp(location).Modified);
        Assert.True(source.Exists(location));
    }

    [SkippableFact]
    public void AMissingBlobOrAnEmptyPrefixIsReportedByLocationNotSkipped()
    {
        azurite.SkipUnlessAvailable();
        var (source, container) = Fresh();
        var empty = $"az://{container.Name}/nothing-here/";

        var yielded = source.Enumerate(empty).ToList();
        var e = Assert.Throws<InputException>(() => source.Stamp(yielded.Single()));

        Assert.Equal([empty], yielded);
        Assert.Equal("blob not found", e.Reason);
        Assert.False(source.Exists(yielded.Single()));
        Assert.Equal("blob not found", Assert.Throws<InputException>(() => source.Open($"az://no-such-container/a.wav")).Reason);
    }
}
