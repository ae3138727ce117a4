using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Tests.Storage;

public class LocalFeatureStoreTests
{
    private static FeatureMatrix RandomFeatures(int frames, int seed)
    {
        var random = new Random(seed);
        var data = new float[frames * 12];
        for (int i = 0; i < data.Length; i++) data[i] = (float)random.NextDouble();
        return new FeatureMatrix(data, 12, 5.0);
    }

    [Fact]
    public async Task SavedFeaturesLoadBackBitForBit()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        var key = new FeatureKey("rec1", "cens", "100-42");
        var features = RandomFeatures(37, seed: 1);

        await store.SaveAsync(key, features);
        var loaded = await store.LoadAsync(key);

        Assert.NotNull(loaded);
        Assert.Equal(features.Data, loaded.Data);
        Assert.Equal(12, loaded.Dimensions);
        Assert.Equal(5.0, loaded.FeatureRate);
    }

    [Fact]
    public async Task FeaturesOfAnotherKindOrFileVersionAreNotReturned()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        await store.SaveAsync(new FeatureKey("rec1", "cens", "100-42"), RandomFeatures(5, seed: 2));

        Assert.Null(await store.LoadAsync(new FeatureKey("rec1", "cens", "100-43")));
        Assert.Null(await store.LoadAsync(new FeatureKey("rec1", "cqt", "100-42")));
        Assert.Null(await store.LoadAsync(new FeatureKey("rec2", "cens", "100-42")));
    }

    [Fact]
    public async Task KindsOfOneRecordingCoexist()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        var cens = RandomFeatures(4, seed: 3);
        var other = RandomFeatures(6, seed: 4);
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
        await store.SaveAsync(key, RandomFeatures(50, seed: 5));
        var file = Directory.GetFiles(folder.Path, "*.lmf", SearchOption.AllDirectories).Single();
        using (var stream = new FileStream(file, FileMode.Open)) stream.SetLength(stream.Length / 2);

        Assert.Null(await store.LoadAsync(key));
    }

    [Fact]
    public async Task SavingLeavesNoTemporaryFiles()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalFeatureStore(folder.Path);
        await store.SaveAsync(new FeatureKey("rec1", "cens", "f"), RandomFeatures(3, seed: 6));

        Assert.Single(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }
}
