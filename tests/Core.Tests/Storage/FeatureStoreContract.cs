using Leitmotif.Core.Storage;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Storage;

/// <summary>What every <see cref="IFeatureStore"/> must do, asserted the same way for each implementation.</summary>
internal static class FeatureStoreContract
{
    /// <summary>Features saved under <paramref name="key"/> load back bit for bit, with their dimensions and rate.</summary>
    public static async Task AssertRoundTripAsync(IFeatureStore store, FeatureKey key)
    {
        var features = RandomFeatures.Create(37, seed: 1);

        await store.SaveAsync(key, features);
        var loaded = await store.LoadAsync(key);

        Assert.NotNull(loaded);
        Assert.Equal(features.Data, loaded.Data);
        Assert.Equal(12, loaded.Dimensions);
        Assert.Equal(5.0, loaded.FeatureRate);
    }

    /// <summary>Features of one recording, kind and source version are not returned for another recording, kind or version.</summary>
    public static async Task AssertOtherKeysMissAsync(IFeatureStore store)
    {
        await store.SaveAsync(new FeatureKey("rec1", "cens", "100-42"), RandomFeatures.Create(5, seed: 2));

        Assert.Null(await store.LoadAsync(new FeatureKey("rec1", "cens", "100-43")));
        Assert.Null(await store.LoadAsync(new FeatureKey("rec1", "cqt", "100-42")));
        Assert.Null(await store.LoadAsync(new FeatureKey("rec2", "cens", "100-42")));
    }
}
