using Azure.Storage.Blobs;
using Leitmotif.Core.Storage;
using Leitmotif.Hosting.Storage;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Hosting.Tests.Storage;

public class BlobObjectStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private BlobContainerClient FreshContainer() => new(azurite.Server!.ConnectionString, $"objects-{Guid.NewGuid():N}");

    [SkippableFact]
    public async Task AWrittenObjectReadsBackBitForBitUnderItsNameAndIsGoneAfterDelete()
    {
        azurite.SkipUnlessAvailable();
        var container = FreshContainer();
        var store = new BlobObjectStore(container);
        byte[] content = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i * 7))];

        await store.WriteAsync("shards/p01g0/cens/000000.lms", content);
        var read = await store.ReadAsync("shards/p01g0/cens/000000.lms");
        bool existed = (await container.GetBlobClient("shards/p01g0/cens/000000.lms").ExistsAsync()).Value;
        await store.DeleteAsync("shards/p01g0/cens/000000.lms");

        Assert.Equal(content, read);
        Assert.True(existed);
        Assert.Null(await store.ReadAsync("shards/p01g0/cens/000000.lms"));
        await store.DeleteAsync("shards/p01g0/cens/000000.lms"); // deleting what is absent is no error
    }

    [SkippableFact]
    public async Task AnOverwriteReplacesTheObjectAndASecondStoreReadsIt()
    {
        azurite.SkipUnlessAvailable();
        var name = $"objects-{Guid.NewGuid():N}";
        await new BlobObjectStore(new BlobContainerClient(azurite.Server!.ConnectionString, name)).WriteAsync("a", [1, 2, 3]);
        await new BlobObjectStore(new BlobContainerClient(azurite.Server.ConnectionString, name)).WriteAsync("a", [4]);

        Assert.Equal([4], await new BlobObjectStore(new BlobContainerClient(azurite.Server.ConnectionString, name)).ReadAsync("a"));
    }

    [SkippableFact]
    public async Task AnUnreachableAccountFailsWithAMessageThatNamesNeitherAccountNorKeyNorEndpoint()
    {
        azurite.SkipUnlessAvailable();
        var connection = $"DefaultEndpointsProtocol=http;AccountName=secretaccount;AccountKey={AzuriteServer.DevelopmentKey};" +
                         "BlobEndpoint=http://127.0.0.1:1/secretaccount;";
        var options = new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var store = new BlobObjectStore(new BlobServiceClient(connection, options).GetBlobContainerClient("objects"));

        var e = await Assert.ThrowsAsync<StorageException>(() => store.ReadAsync("shards/p01g0/cens/000000.lms"));

        Assert.StartsWith("cannot read 'shards/p01g0/cens/000000.lms': storage service unreachable", e.Message);
        Assert.DoesNotContain("secretaccount", e.ToString());
        Assert.DoesNotContain(AzuriteServer.DevelopmentKey, e.ToString());
        Assert.DoesNotContain("127.0.0.1", e.ToString());
        Assert.Null(e.InnerException);
    }
}
