using System.Diagnostics;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Leitmotif.Grains;

/// <summary>
/// Runs a batch of themes against every shard in two phases: the themes' query features go in chunks of at most
/// <see cref="MaxChunkFloats"/> values, each chunk to each shard, which first scores every tempo version against its
/// recordings and returns the costs' spread per version; once the spreads of all shards are summed (each version's
/// population over the collection, <see cref="MatchScoring"/>), each chunk goes to each shard again, which ranks from its
/// scores and returns its top-k per theme. The coordinator merges, and checkpoints its cursor with the summed spreads and
/// merged lists at most every <see cref="CheckpointInterval"/>, so a batch resumed by its <see cref="JobReminder"/> after a
/// silo restart redoes the items since the last checkpoint and nothing is counted twice.
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
            Populations = batch.Themes.Select(_ => batch.Options.TempoFactors.Select(_ => new CostSpread(0, 0, 0)).ToList()).ToList(),
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
        (S.Batch?.Themes ?? []).Select((t, i) => new ThemeRanking(t.Name, S.Rankings[i], S.Rankings[i].FirstOrDefault()?.Confidence ?? 0)).ToList());

    private async Task RunAsync()
    {
        var batch = S.Batch!;
        try
        {
            var queries = await BuildQueriesAsync(batch);
            var chunks = ThemeChunks.Split(queries.Select(q => q.Versions.Sum(v => (long)v.Length)).ToList(), MaxChunkFloats)
                .Select(c => new ShardMatchRequest(batch.Options.FeatureKind, queries.Skip(c.Start).Take(c.Count).ToList(),
                    batch.Options.Transpose, batch.Options.Top, batch.Options.Matches, Precision: batch.Options.Precision))
                .ToList();
            if (S.Concurrency == 0) S.Concurrency = await ConcurrencyAsync();
            int concurrency = S.Concurrency;
            var plan = new QueryPlan(chunks, S.ChainLengths, concurrency);
            S.Total = 2 * plan.Count;
            var sinceCheckpoint = Stopwatch.StartNew();
            while (S.Done < S.Total)
            {
                DelayDeactivation(TimeSpan.FromMinutes(10));
                bool ranking = S.Done >= plan.Count;
                int phaseEnd = ranking ? S.Total : plan.Count;
                var wave = Enumerable.Range(S.Done, Math.Min(concurrency, phaseEnd - S.Done)).ToList();
                var results = await Task.WhenAll(wave.Select(i =>
                {
                    var (chunk, shard) = plan[i % plan.Count];
                    var request = ranking ? chunk with { Populations = PopulationsOf(chunk), ScoringWorkId = WorkId(i - plan.Count) } : chunk;
                    return MatchAsync(WorkId(i), GrainFactory.GetGrain<IShardGrain>(shard), request);
                }));
                for (int w = 0; w < wave.Count; w++)
                {
                    var chunk = plan[wave[w] % plan.Count].Chunk;
                    if (ranking) MergeRankings(chunk, results[w]);
                    else MergeSpreads(chunk, results[w]);
                }
                foreach (int i in wave)
                {
                    S.Done++;
                    _updates.Publish(new QueryUpdate(plan[i % plan.Count].Shard, Status()));
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

    private string WorkId(int item) => $"{this.GetPrimaryKey():N}/{item}";

    /// <summary>Adds a scoring work item's cost spreads, one per tempo version of the chunk's themes, to the batch's.</summary>
    private void MergeSpreads(ShardMatchRequest chunk, ShardMatchResult result)
    {
        int version = 0;
        foreach (var theme in chunk.Queries)
        {
            var populations = S.Populations[theme.ThemeIndex];
            for (int tempo = 0; tempo < theme.TempoFactors.Count; tempo++, version++)
            {
                var (sum, spread) = (populations[tempo], result.Spreads[version]);
                populations[tempo] = new CostSpread(sum.Count + spread.Count, sum.Sum + spread.Sum, sum.SumOfSquares + spread.SumOfSquares);
            }
        }
    }

    /// <summary>The summed spreads of the chunk's tempo versions, in the order the shard scored them.</summary>
    private List<CostSpread> PopulationsOf(ShardMatchRequest chunk) => chunk.Queries.SelectMany(q => S.Populations[q.ThemeIndex]).ToList();

    /// <summary>Adds a ranking work item's top-k per theme to the batch's.</summary>
    private void MergeRankings(ShardMatchRequest chunk, ShardMatchResult result)
    {
        for (int t = 0; t < chunk.Queries.Count; t++)
        {
            int index = chunk.Queries[t].ThemeIndex;
            S.Rankings[index] = TopK.Merge(S.Rankings[index], result.Matches[t], S.Batch!.Options.Top, m => m.Cost, m => m.RecordingId).ToList();
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
