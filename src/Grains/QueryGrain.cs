using System.Diagnostics;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Leitmotif.Grains;

/// <summary>
/// Runs a batch of themes against every shard: the themes' query features go in chunks of at most
/// <see cref="MaxChunkFloats"/> values, each chunk once to each shard, which returns its top-k per theme; the coordinator
/// merges the top-k lists and checkpoints its cursor and merged lists at most every <see cref="CheckpointInterval"/>.
/// Merging is idempotent (a recording counts once per theme), so a batch resumed by its <see cref="JobReminder"/> after a silo
/// restart may redo the items since the last checkpoint.
/// </summary>
public sealed class QueryGrain(
    [PersistentState("query", StorageNames.Leitmotif)] IPersistentState<QueryState> state,
    IOptions<JobOptions> options) : Grain, IQueryGrain, IRemindable
{
    /// <summary>Query values one shard message carries at most: 1 MB of float32.</summary>
    public const int MaxChunkFloats = 1 << 18;

    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);
    private readonly ProgressFeed<QueryUpdate> _updates = new(u => u.Status.Finished);
    private Task? _work;

    private QueryState S => state.State;

    public async Task StartAsync(QueryBatch batch)
    {
        if (S.Batch == null)
        {
            await RecordAsync(batch);
            if (S.Finished) _updates.Publish(new QueryUpdate(null, Status())); // nothing to match
        }
        StartWork();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Batch == null || S.Finished) return JobReminder.UnregisterAsync(this);
        StartWork();
        return Task.CompletedTask;
    }

    private async Task RecordAsync(QueryBatch batch)
    {
        var catalog = GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default);
        var shards = await catalog.GetShardsAsync();
        var chains = await catalog.GetChainLengthsAsync();
        var kind = batch.Options.FeatureKind;
        state.State = new QueryState
        {
            Batch = batch,
            ChainLengths = chains.ToArray(),
            Recordings = shards.Sum(s => s.FeatureKinds.GetValueOrDefault(kind)),
            Rankings = batch.Themes.Select(_ => new List<RecordingMatch>()).ToList(),
            Spreads = batch.Themes.Select(_ => new CostSpread(0, 0, 0)).ToList(),
        };
        if (S.Recordings == 0)
        {
            S.Finished = true;
            S.Error = $"no recordings are indexed with features '{kind}'; run 'leitmotif index' first";
        }
        else await JobReminder.RegisterAsync(this, options.Value);
        await state.SaveAsync();
    }

    private void StartWork()
    {
        if (S.Batch != null && !S.Finished && _work is not { IsCompleted: false }) _work = RunAsync();
    }

    public Task<QueryStatus> GetStatusAsync() => Task.FromResult(Status());

    public IAsyncEnumerable<QueryUpdate> WatchAsync(CancellationToken cancellationToken) =>
        _updates.WatchAsync(() => new QueryUpdate(null, Status()), cancellationToken);

    private QueryStatus Status() => new(S.Done, S.Total, S.Recordings, S.Finished, S.Error);

    public Task<IReadOnlyList<ThemeRanking>> GetResultsAsync() => Task.FromResult<IReadOnlyList<ThemeRanking>>(
        (S.Batch?.Themes ?? []).Select((t, i) => new ThemeRanking(t.Name, S.Rankings[i], Confidence(i))).ToList());

    private double Confidence(int theme)
    {
        var spread = S.Spreads[theme];
        return S.Rankings[theme].Count == 0 ? 0 : new ScoreSpread(spread.Count, spread.Sum, spread.SumOfSquares).Confidence(S.Rankings[theme][0].Cost);
    }

    private async Task RunAsync()
    {
        var batch = S.Batch!;
        try
        {
            var queries = await BuildQueriesAsync(batch);
            var chunks = ThemeChunks.Split(queries.Select(q => q.Versions.Sum(v => (long)v.Length)).ToList(), MaxChunkFloats)
                .Select(c => new ShardMatchRequest(batch.Options.FeatureKind, queries.Skip(c.Start).Take(c.Count).ToList(),
                    batch.Options.Transpose, batch.Options.Top, batch.Options.Matches))
                .ToList();
            if (S.Concurrency == 0) S.Concurrency = await ConcurrencyAsync();
            int concurrency = S.Concurrency;
            var plan = new QueryPlan(chunks, S.ChainLengths, concurrency);
            S.Total = plan.Count;
            var sinceCheckpoint = Stopwatch.StartNew();
            while (S.Done < S.Total)
            {
                DelayDeactivation(TimeSpan.FromMinutes(10));
                var wave = Enumerable.Range(S.Done, Math.Min(concurrency, S.Total - S.Done)).ToList();
                var results = await Task.WhenAll(wave.Select(i =>
                {
                    var (request, shard) = plan[i];
                    return MatchAsync($"{this.GetPrimaryKey():N}/{i}", GrainFactory.GetGrain<IShardGrain>(shard), request);
                }));
                for (int w = 0; w < wave.Count; w++) Merge(plan[wave[w]].Chunk, results[w]);
                foreach (int i in wave)
                {
                    S.Done++;
                    _updates.Publish(new QueryUpdate(plan[i].Shard, Status()));
                }
                if (sinceCheckpoint.Elapsed >= CheckpointInterval)
                {
                    await state.SaveAsync();
                    sinceCheckpoint.Restart();
                }
            }
        }
        catch (Exception e)
        {
            // Never partial results without saying so: the batch ends with an error that says how far it got.
            S.Error = $"query batch failed after {S.Done} of {S.Total} work items: {ClusterRetry.Describe(e)}";
        }
        S.Finished = true;
        await state.SaveAsync();
        _updates.Publish(new QueryUpdate(null, Status()));
        await ClusterRetry.RunAsync(() => JobReminder.UnregisterAsync(this));
    }

    /// <summary>Adds a work item's rankings and cost spreads to the batch's: its themes are those of <paramref name="request"/>, in order.</summary>
    private void Merge(ShardMatchRequest request, ShardMatchResult result)
    {
        for (int t = 0; t < request.Queries.Count; t++)
        {
            int index = request.Queries[t].ThemeIndex;
            S.Rankings[index] = TopK.Merge(S.Rankings[index], result.Matches[t], S.Batch!.Options.Top, m => m.Cost, m => m.RecordingId).ToList();
            var (sum, spread) = (S.Spreads[index], result.Spreads[t]);
            S.Spreads[index] = new CostSpread(sum.Count + spread.Count, sum.Sum + spread.Sum, sum.SumOfSquares + spread.SumOfSquares);
        }
    }

    /// <summary>Starts a work item on its shard and waits for it, starting it again if the shard's silo restarted meanwhile.</summary>
    private static async Task<ShardMatchResult> MatchAsync(string workId, IShardGrain shard, ShardMatchRequest request)
    {
        await ClusterRetry.RunAsync(() => shard.StartMatchAsync(workId, request));
        while (true)
        {
            var result = await ClusterRetry.RunAsync(() => shard.WaitMatchAsync(workId));
            if (result.State == ShardWorkState.Finished) return result;
            if (result.State == ShardWorkState.Unknown) await ClusterRetry.RunAsync(() => shard.StartMatchAsync(workId, request));
        }
    }

    private async Task<IReadOnlyList<QueryFeatures>> BuildQueriesAsync(QueryBatch batch)
    {
        var options = batch.Options;
        return await Task.WhenAll(batch.Themes.Select(async (theme, i) =>
        {
            var grain = GrainFactory.GetGrain<IThemeGrain>(ThemeIds.Of(theme));
            await grain.SetAsync(theme);
            return await grain.GetQueryFeaturesAsync(i, options.FeatureKind, options.TempoFactors);
        }));
    }

    /// <summary>Work items in flight: two per active silo, since each shard's matching already uses every core of its silo.</summary>
    private async Task<int> ConcurrencyAsync()
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return Math.Max(2, 2 * hosts.Count);
    }
}
