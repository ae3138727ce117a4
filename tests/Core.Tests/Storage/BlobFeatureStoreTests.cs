using Leitmotif.Core.Tests.TestSupport;
using Azure.Storage.Blobs;
using Leitmotif.Core.Features;
using Leitmotif.Core.Storage;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Core.Tests.Storage;

public class BlobFeatureStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private BlobContainerClient FreshContainer() =>
        new(azurite.Server!.ConnectionString, $"features-{Guid.NewGuid():N}");

    [SkippableFact]
    public async Task SavedFeaturesLoadBackBitForBitUnderKindAndRecordingBlobName()
    {
        azurite.SkipUnlessAvailable();
        var container = FreshContainer();
        var key = new FeatureKey("rec1", "ctc:v2 model", "100-42/v3");

        await FeatureStoreContract.AssertRoundTripAsync(new BlobFeatureStore(container), key);

        Assert.Equal("ctc_v2_model/rec1.lmf", BlobFeatureStore.BlobName(key));
        Assert.True((await container.GetBlobClient("ctc_v2_model/rec1.lmf").ExistsAsync()).Value);
    }

    [SkippableFact]
    public async Task MissingOrStaleFeaturesAreNotReturned()
    {
        azurite.SkipUnlessAvailable();
        await FeatureStoreContract.AssertOtherKeysMissAsync(new BlobFeatureStore(FreshContainer()));
    }

    [SkippableFact]
    public async Task ASecondStoreOverTheSameContainerReadsWhatTheFirstWrote()
    {
        azurite.SkipUnlessAvailable();
        var name = $"features-{Guid.NewGuid():N}";
        var key = new FeatureKey("rec1", "cens", "1-1");
        var features = RandomFeatures.Create(9, seed: 3);

        await new BlobFeatureStore(new BlobContainerClient(azurite.Server!.ConnectionString, name)).SaveAsync(key, features);
        var loaded = await new BlobFeatureStore(new BlobContainerClient(azurite.Server.ConnectionString, name)).LoadAsync(key);

        Assert.Equal(features.Data, loaded!.Data);
    }

    [SkippableFact]
    public async Task AnUnreachableAccountFailsWithAMessageThatNamesNeitherAccountNorKeyNorEndpoint()
    {
        azurite.SkipUnlessAvailable();
        var connection = $"DefaultEndpointsProtocol=http;AccountName=secretaccount;AccountKey={AzuriteServer.DevelopmentKey};" +
                         "BlobEndpoint=http://127.0.0.1:1/secretaccount;";
        var options = new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var store = new BlobFeatureStore(new BlobServiceClient(connection, options).GetBlobContainerClient("features"));

        var e = await Assert.ThrowsAsync<StorageException>(() => store.LoadAsync(new FeatureKey("rec1", "cens", "1-1")));

        Assert.StartsWith("cannot read features 'cens/rec1.lmf': storage service unreachable", e.Message);
        Assert.DoesNotContain("secretaccount", e.ToString());
        Assert.DoesNotContain(AzuriteServer.DevelopmentKey, e.ToString());
        Assert.DoesNotContain("127.0.0.1", e.ToString());
        Assert.Null(e.InnerException);
    }
}
