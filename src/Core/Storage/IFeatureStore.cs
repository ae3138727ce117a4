using Leitmotif.Core.Features;

namespace Leitmotif.Core.Storage;

/// <summary>Durable storage of computed features, shared by every silo.</summary>
public interface IFeatureStore
{
    /// <summary>The stored features for <paramref name="key"/>, or null when none match it exactly.</summary>
    Task<FeatureMatrix?> LoadAsync(FeatureKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores features under <paramref name="key"/>, replacing what was there; never leaves a partial file.</summary>
    Task SaveAsync(FeatureKey key, FeatureMatrix features, CancellationToken cancellationToken = default);
}
