using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>
/// Runs a batch of themes against every indexed recording: one message per recording carries all the batch's
/// queries, a group of recordings is matched at a time across the cluster, and the per-theme top-k lists are merged
/// and checkpointed after each group.
/// </summary>
public sealed class QueryGrain(
    [PersistentState("query", StorageNames.Leitmotif)] IPersistentState<QueryState> state) : Grain, IQueryGrain
{
    private const int GroupSize = 32;
    private Task? _work;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Batch != null && !state.State.Finished) _work = RunAsync();
        return Task.CompletedTask;
    }

    public async Task StartAsync(QueryBatch batch)
    {
        if (state.State.Batch != null) return;
        var recordings = await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).ListAsync(batch.Options.FeatureKind);
        state.State = new QueryState
        {
            Batch = batch,
            RecordingIds = recordings.Select(r => r.Id).ToList(),
            Rankings = batch.Themes.Select(_ => new List<RecordingMatch>()).ToList(),
        };
        if (recordings.Count == 0)
        {
            state.State.Finished = true;
            state.State.Error = $"no recordings are indexed with features '{batch.Options.FeatureKind}'; run 'leitmotif index' first";
        }
        await state.WriteStateAsync();
        if (!state.State.Finished) _work = RunAsync();
    }

    public Task<QueryStatus> GetStatusAsync() => Task.FromResult(new QueryStatus(
        state.State.Done, state.State.RecordingIds.Count, state.State.Finished, state.State.Error));

    public Task<IReadOnlyList<ThemeRanking>> GetResultsAsync() => Task.FromResult<IReadOnlyList<ThemeRanking>>(
        (state.State.Batch?.Themes ?? []).Select((t, i) => new ThemeRanking(t.Name, state.State.Rankings[i])).ToList());

    private async Task RunAsync()
    {
        var batch = state.State.Batch!;
        try
        {
            var request = await BuildRequestAsync(batch);
            while (state.State.Done < state.State.RecordingIds.Count)
            {
                DelayDeactivation(TimeSpan.FromMinutes(10));
                var group = state.State.RecordingIds.Skip(state.State.Done).Take(GroupSize);
                var matches = await Task.WhenAll(group.Select(id =>
                    ClusterRetry.RunAsync(() => GrainFactory.GetGrain<IRecordingGrain>(id).MatchAsync(request))));
                foreach (var match in matches.SelectMany(m => m)) state.State.Rankings[match.ThemeIndex].Add(match);
                for (int i = 0; i < state.State.Rankings.Count; i++)
                    state.State.Rankings[i] = state.State.Rankings[i].OrderBy(m => m.Cost).Take(batch.Options.Top).ToList();
                state.State.Done += matches.Length;
                await ClusterRetry.RunAsync(() => state.WriteStateAsync());
            }
        }
        catch (Exception e)
        {
            // Never partial results without saying so: the batch ends with an error that says how far it got.
            state.State.Error = $"query batch failed after {state.State.Done} of {state.State.RecordingIds.Count} recordings: {ClusterRetry.Describe(e)}";
        }
        state.State.Finished = true;
        await ClusterRetry.RunAsync(() => state.WriteStateAsync());
    }

    private async Task<MatchRequest> BuildRequestAsync(QueryBatch batch)
    {
        var options = batch.Options;
        var queries = await Task.WhenAll(batch.Themes.Select(async (theme, i) =>
        {
            var grain = GrainFactory.GetGrain<IThemeGrain>(ThemeIds.Of(theme));
            await grain.SetAsync(theme);
            return await grain.GetQueryFeaturesAsync(i, options.FeatureKind, options.TempoFactors);
        }));
        return new MatchRequest(options.FeatureKind, queries, options.Transpose);
    }
}
