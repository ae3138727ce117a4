using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>
/// Indexes a work list in the background, a few recordings at a time spread over the cluster's recording grains,
/// checkpointing after each group so that a restarted silo continues where the job stopped.
/// </summary>
public sealed class IndexJobGrain(
    [PersistentState("indexjob", StorageNames.Leitmotif)] IPersistentState<IndexJobState> state) : Grain, IIndexJobGrain
{
    private Task? _work;

    private bool Finished => state.State.Next >= state.State.Paths.Count;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists && !Finished) StartWork();
        return Task.CompletedTask;
    }

    public async Task StartAsync(IReadOnlyList<string> paths, string featureKind)
    {
        if (state.RecordExists) return;
        state.State = new IndexJobState { Paths = paths.ToList(), FeatureKind = featureKind };
        await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).RegisterJobAsync(this.GetPrimaryKeyString());
        await state.WriteStateAsync();
        StartWork();
    }

    public Task ResumeAsync()
    {
        if (!Finished) StartWork();
        return Task.CompletedTask;
    }

    public Task<IndexProgress> GetProgressAsync()
    {
        if (state.RecordExists && !Finished) StartWork(); // picks the work up again if a failure beyond the retries stopped it
        return Task.FromResult(new IndexProgress(
            state.State.Paths.Count, state.State.Indexed, state.State.Reused, state.State.Failures.ToList(), Finished));
    }

    private void StartWork()
    {
        if (_work is { IsCompleted: false }) return;
        _work = RunAsync();
    }

    private async Task RunAsync()
    {
        var catalog = GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default);
        int groupSize = await GroupSizeAsync();
        while (!Finished)
        {
            DelayDeactivation(TimeSpan.FromMinutes(10));
            var group = state.State.Paths.Skip(state.State.Next).Take(groupSize).ToList();
            var outcomes = await Task.WhenAll(group.Select(IndexOneAsync));
            for (int i = 0; i < group.Count; i++)
            {
                if (outcomes[i].Recording == null) state.State.Failures.Add(new IndexFailure(group[i], outcomes[i].Error ?? "unknown error"));
                else if (outcomes[i].Reused) state.State.Reused++;
                else state.State.Indexed++;
            }
            await ClusterRetry.RunAsync(() => catalog.AddAsync(outcomes.Where(o => o.Recording != null).Select(o => o.Recording!).ToList()));
            state.State.Next += group.Count;
            await ClusterRetry.RunAsync(() => state.WriteStateAsync());
        }
        await ClusterRetry.RunAsync(() => catalog.CompleteJobAsync(this.GetPrimaryKeyString()));
    }

    private async Task<IndexOutcome> IndexOneAsync(string path)
    {
        try
        {
            var recording = GrainFactory.GetGrain<IRecordingGrain>(RecordingIds.FromPath(path));
            return await ClusterRetry.RunAsync(() => recording.IndexAsync(path, state.State.FeatureKind));
        }
        catch (Exception e)
        {
            return new IndexOutcome(null, $"{path}: {ClusterRetry.Describe(e)}", false);
        }
    }

    private async Task<int> GroupSizeAsync()
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return Math.Max(2, hosts.Count * Environment.ProcessorCount);
    }
}
