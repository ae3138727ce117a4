using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Tests.Storage;

public class LocalFeatureStoreTests
{
    [Fact]
    public async Task SavedFeaturesLoadBackBitForBit()
    {
        using var folder = new TemporaryFolder();
        await FeatureStoreContract.AssertRoundTripAsync(new LocalFeatureStore(folder.Path), new FeatureKey("rec1", "cens", "100-42"));
    }

    [Fact]
    public async Task FeaturesOfAnotherKindOrFileVersionAreNotReturned()
    {
        using var folder = new TemporaryFolder();
        await FeatureStoreContract.AssertOtherKeysMissAsync(new LocalFeatureStore(folder.Path));
    }

    [Fact]
    public async Task KindsOfOneRecordingCoexist()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        var cens = RandomFeatures.Create(4, seed: 3);
        var other = RandomFeatures.Create(6, seed: 4);
        await store.SaveAsync(new FeatureKey("rec1", "cens", "f"), cens);
        await store.SaveAsync(new FeatureKey("rec1", "ctc:model", "f"), other);

        Assert.Equal(cens.Data, (await store.LoadAsync(new FeatureKey("rec1", "cens", "f")))!.Data);
        Assert.Equal(other.Data, (await store.LoadAsync(new FeatureKey("rec1", "ctc:model", "f")))!.Data);
    }

    [Fact]
    public async Task ATruncatedFeatureFileReadsAsMissingInsteadOfFailing()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        var key = new FeatureKey("rec1", "cens", "f");
        await store.SaveAsync(key, RandomFeatures.Create(50, seed: 5));
        var file = Directory.GetFiles(folder.Path, "*.lmf", SearchOption.AllDirectories).Single();
        using (var stream = new FileStream(file, FileMode.Open)) stream.SetLength(stream.Length / 2);

        Assert.Null(await store.LoadAsync(key));
    }

    [Fact]
    public async Task SavingLeavesNoTemporaryFiles()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        await store.SaveAsync(new FeatureKey("rec1", "cens", "f"), RandomFeatures.Create(3, seed: 6));

        Assert.Single(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }
}
