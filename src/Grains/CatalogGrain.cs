using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Lists the indexed recordings and remembers unfinished indexing and training jobs so that a restarted silo resumes them.</summary>
public sealed class CatalogGrain(
    [PersistentState("catalog", StorageNames.Leitmotif)] IPersistentState<CatalogState> state) : Grain, ICatalogGrain
{
    public async Task AddAsync(IReadOnlyList<RecordingSummary> recordings)
    {
        if (recordings.Count == 0) return;
        foreach (var recording in recordings) state.State.Recordings[recording.Id] = recording;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<RecordingSummary>> ListAsync(string? featureKind = null) =>
        Task.FromResult<IReadOnlyList<RecordingSummary>>(state.State.Recordings.Values
            .Where(r => featureKind == null || r.FeatureKinds.Contains(featureKind, StringComparer.OrdinalIgnoreCase))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList());

    public async Task RegisterJobAsync(string jobId)
    {
        if (state.State.ActiveJobs.Add(jobId)) await state.WriteStateAsync();
    }

    public async Task CompleteJobAsync(string jobId)
    {
        if (state.State.ActiveJobs.Remove(jobId)) await state.WriteStateAsync();
    }

    public async Task RegisterTrainingJobAsync(string jobName)
    {
        if (state.State.ActiveTrainingJobs.Add(jobName)) await state.WriteStateAsync();
    }

    public async Task CompleteTrainingJobAsync(string jobName)
    {
        if (state.State.ActiveTrainingJobs.Remove(jobName)) await state.WriteStateAsync();
    }

    public Task ResumeJobsAsync() =>
        Task.WhenAll(state.State.ActiveJobs.Select(id => GrainFactory.GetGrain<IIndexJobGrain>(id).ResumeAsync())
            .Concat(state.State.ActiveTrainingJobs.Select(name => GrainFactory.GetGrain<ITrainerGrain>(name).ResumeAsync())));

    public Task<ClusterStatus> GetStatusAsync()
    {
        var recordings = state.State.Recordings.Values;
        var kinds = recordings.SelectMany(r => r.FeatureKinds)
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count());
        return Task.FromResult(new ClusterStatus(
            recordings.Count, recordings.Sum(r => r.DurationSeconds) / 3600, kinds, state.State.ActiveJobs.Order().ToList(),
            state.State.ActiveTrainingJobs.Order().ToList()));
    }
}
