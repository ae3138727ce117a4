using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Storage;
using Orleans.Placement;

namespace Leitmotif.Grains;

/// <summary>Computes, stores and caches one recording's features, and matches query batches against them; placed at random so a collection spreads over every silo.</summary>
[RandomPlacement]
public sealed class RecordingGrain(
    [PersistentState("recording", StorageNames.Leitmotif)] IPersistentState<RecordingState> state,
    IFeatureStore store,
    FeatureKindRegistry featureKinds) : Grain, IRecordingGrain
{
    // Keyed by the whole feature key, whose version names the extractor's weights: a retrained model never serves old features.
    private readonly Dictionary<FeatureKey, FeatureMatrix> _features = [];

    public async Task<IndexOutcome> IndexAsync(string path, string featureKind)
    {
        try
        {
            var fingerprint = SourceFingerprint.Of(path);
            if (state.State.Path != path || state.State.Fingerprint != fingerprint)
            {
                state.State = new RecordingState { Path = path, Fingerprint = fingerprint };
                _features.Clear();
            }
            var stored = state.State.FeatureKinds.Contains(featureKind, StringComparer.OrdinalIgnoreCase) ? await LoadAsync(featureKind) : null;
            var features = stored ?? await ComputeAsync(path, fingerprint, featureKind);
            state.State.DurationSeconds = features.DurationSeconds;
            if (!state.State.FeatureKinds.Contains(featureKind, StringComparer.OrdinalIgnoreCase)) state.State.FeatureKinds.Add(featureKind);
            await state.WriteStateAsync();
            return new IndexOutcome(Summary(), null, Reused: stored != null);
        }
        catch (InputException e)
        {
            return new IndexOutcome(null, e.Message, false);
        }
    }

    public async Task<IReadOnlyList<RecordingMatch>> MatchAsync(MatchRequest request)
    {
        var features = await LoadAsync(request.FeatureKind)
                       ?? await ComputeAsync(state.State.Path, state.State.Fingerprint, request.FeatureKind);
        var fileName = Path.GetFileName(state.State.Path);
        return await Task.Run(() => request.Queries
            .Select(q => (q.ThemeIndex, Match: RecordingMatcher.Best(features, QueryVersions(q), request.Transpose)))
            .Where(r => r.Match != null)
            .Select(r => new RecordingMatch(r.ThemeIndex, fileName, r.Match!.Cost, r.Match.StartSeconds, r.Match.EndSeconds))
            .ToList());
    }

    private static List<(double, FeatureMatrix)> QueryVersions(QueryFeatures query) =>
        query.Versions.Select((data, i) => (query.TempoFactors[i], new FeatureMatrix(data, 12, query.FeatureRate))).ToList();

    private async Task<FeatureMatrix?> LoadAsync(string featureKind)
    {
        var key = Key(featureKind, state.State.Fingerprint);
        if (_features.TryGetValue(key, out var cached)) return cached;
        var stored = await store.LoadAsync(key);
        if (stored != null) Remember(key, stored);
        return stored;
    }

    private async Task<FeatureMatrix> ComputeAsync(string path, string fingerprint, string featureKind)
    {
        var extractor = featureKinds.Resolve(featureKind);
        var features = await Task.Run(() => RecordingFeatures.Compute(path, extractor));
        var key = Key(featureKind, fingerprint);
        await store.SaveAsync(key, features);
        Remember(key, features);
        return features;
    }

    /// <summary>Keeps <paramref name="features"/> in memory in place of any other version of the same kind.</summary>
    private void Remember(FeatureKey key, FeatureMatrix features)
    {
        foreach (var old in _features.Keys.Where(k => string.Equals(k.FeatureKind, key.FeatureKind, StringComparison.OrdinalIgnoreCase)).ToList())
            _features.Remove(old);
        _features[key] = features;
    }

    private FeatureKey Key(string featureKind, string audioFingerprint) =>
        new(this.GetPrimaryKeyString(), featureKind, $"{audioFingerprint}/{featureKinds.Resolve(featureKind).Version}");

    private RecordingSummary Summary() =>
        new(this.GetPrimaryKeyString(), state.State.Path, state.State.DurationSeconds, state.State.FeatureKinds.ToList());
}
