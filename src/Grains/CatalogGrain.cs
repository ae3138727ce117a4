using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Audio;

namespace Leitmotif.Grains;

/// <summary>The shard directory, removal of recordings from every shard, and the unfinished indexing and training jobs that <c>status</c> lists.</summary>
public sealed class CatalogGrain(
    [PersistentState("catalog", StorageNames.Leitmotif)] IPersistentState<CatalogState> state,
    RecordingLocations recordingLocations) : Grain, ICatalogGrain
{
    /// <summary>Recordings one list call returns at most, so that no message grows past a few megabytes.</summary>
    public const int MaxPage = 10_000;

    private static readonly TimeSpan CountsFlushDelay = TimeSpan.FromSeconds(2);
    private IGrainTimer? _countsFlush;

    private CatalogState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Shards.Count == 0) S.Format = CatalogState.CurrentFormat; // no shard, nothing of an older layout; written with the first shard
        return Task.CompletedTask;
    }

    public Task<bool> IsCurrentFormatAsync() => Task.FromResult(S.Format == CatalogState.CurrentFormat);

    public Task<IReadOnlyList<int>> GetChainLengthsAsync() => Task.FromResult<IReadOnlyList<int>>(S.ChainLengths.ToArray());

    public async Task<int> ExtendChainAsync(int partition, int generation)
    {
        if (S.ChainLengths[partition] == generation)
        {
            S.ChainLengths[partition]++;
            await state.SaveAsync();
        }
        return S.ChainLengths[partition];
    }

    public async Task UpdateShardAsync(ShardInfo shard)
    {
        bool isNew = !S.Shards.ContainsKey(shard.Key);
        S.Shards[shard.Key] = shard;
        if (isNew) await state.SaveAsync();
        else _countsFlush ??= this.RegisterGrainTimer(FlushCountsAsync, CountsFlushDelay, Timeout.InfiniteTimeSpan);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_countsFlush != null) await FlushCountsAsync();
    }

    /// <summary>Writes the counts that changed since the last write; counts are written at most every <see cref="CountsFlushDelay"/>,
    /// because every shard reports after each indexing work item and the directory is rewritten whole.</summary>
    private async Task FlushCountsAsync()
    {
        _countsFlush?.Dispose();
        _countsFlush = null;
        await state.SaveAsync();
    }

    public Task<IReadOnlyList<ShardInfo>> GetShardsAsync() => Task.FromResult<IReadOnlyList<ShardInfo>>(Ordered().ToList());

    public async Task<RecordingPage> ListAsync(int offset, int limit)
    {
        limit = Math.Clamp(limit, 0, MaxPage);
        var page = new List<RecordingSummary>();
        int skipped = 0;
        foreach (var shard in Ordered())
        {
            if (page.Count >= limit) break;
            if (skipped + shard.Recordings <= offset)
            {
                skipped += shard.Recordings;
                continue;
            }
            int from = Math.Max(0, offset - skipped);
            page.AddRange(await GrainFactory.GetGrain<IShardGrain>(shard.Key).ListAsync(from, limit - page.Count));
            skipped += shard.Recordings;
        }
        return new RecordingPage(S.Shards.Values.Sum(s => s.Recordings), offset, page);
    }

    public Task<RecordingRemoval> RemoveAsync(IReadOnlyList<string> locations)
    {
        var canonical = locations.Select(recordingLocations.CanonicalOrSelf).ToList();
        return FromEveryShardAsync(shard => shard.RemoveAsync(canonical), canonical.Count);
    }

    public Task<RecordingRemoval> PruneAsync(IReadOnlyList<string>? under)
    {
        var canonical = under?.Select(recordingLocations.CanonicalOrSelf).ToList();
        return FromEveryShardAsync(shard => shard.PruneAsync(canonical), 1);
    }

    /// <summary>Runs a removal in every shard at once and records their new counts; the shards return them instead of
    /// reporting them, because this grain is busy awaiting them.</summary>
    private async Task<RecordingRemoval> FromEveryShardAsync(Func<IShardGrain, Task<ShardRemoval>> removal, int counts)
    {
        var parts = await Task.WhenAll(S.Shards.Keys.Select(key => ClusterRetry.RunAsync(() => removal(GrainFactory.GetGrain<IShardGrain>(key)))));
        foreach (var part in parts) S.Shards[part.Shard.Key] = part.Shard;
        if (parts.Any(p => p.Removal.Removed.Sum() > 0)) await state.SaveAsync();
        return new RecordingRemoval(
            Enumerable.Range(0, counts).Select(i => parts.Sum(p => p.Removal.Removed[i])).ToList(),
            parts.Sum(p => p.Removal.Remaining),
            parts.SelectMany(p => p.Removal.Failures).ToList());
    }

    public async Task RegisterJobAsync(string jobId)
    {
        if (S.ActiveJobs.Add(jobId)) await state.SaveAsync();
    }

    public async Task CompleteJobAsync(string jobId)
    {
        if (S.ActiveJobs.Remove(jobId)) await state.SaveAsync();
    }

    public async Task RegisterTrainingJobAsync(string jobName)
    {
        if (S.ActiveTrainingJobs.Add(jobName)) await state.SaveAsync();
    }

    public async Task CompleteTrainingJobAsync(string jobName)
    {
        if (S.ActiveTrainingJobs.Remove(jobName)) await state.SaveAsync();
    }

    public Task<ClusterStatus> GetStatusAsync()
    {
        var kinds = S.Shards.Values.SelectMany(s => s.FeatureKinds)
            .GroupBy(k => k.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(k => k.Value));
        return Task.FromResult(new ClusterStatus(
            S.Shards.Values.Sum(s => s.Recordings), S.Shards.Values.Sum(s => s.Seconds) / 3600, kinds,
            S.ActiveJobs.Order().ToList(), S.ActiveTrainingJobs.Order().ToList(), S.Shards.Count));
    }

    private IEnumerable<ShardInfo> Ordered() => S.Shards.Values.OrderBy(s => s.Partition).ThenBy(s => s.Generation);
}
