using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Training;
using Microsoft.Extensions.Options;

namespace Leitmotif.Grains;

/// <summary>
/// Owns a training job: records it, then keeps at most <c>max(1, silos × cores / 2)</c> rotations training at once (a silo shares
/// its cores among the rotations placed on it, <see cref="RotationThreads"/>), starting the next pending rotation whenever a
/// fold trainer reports its end.
/// The job's <see cref="JobReminder"/> resumes its started rotations and fills free slots after a silo restart, and picks up a
/// rotation's end whose report was lost.
/// </summary>
public sealed class TrainerGrain(
    [PersistentState("trainer", StorageNames.Leitmotif)] IPersistentState<TrainerState> state,
    IOptions<JobOptions> options) : Grain, ITrainerGrain, IRemindable
{
    private TrainerState S => state.State;

    public async Task<TrainingJobRequest> StartAsync(TrainingJobRequest request)
    {
        if (S.Request != null)
        {
            if (request.MaxEpochs > S.Request.MaxEpochs && request == S.Request with { MaxEpochs = request.MaxEpochs })
                await ExtendAsync(request.MaxEpochs);
            return S.Request;
        }
        if (TargetKindNames.TryParse(request.Loss) is not { } kind)
            throw new ArgumentException($"unknown loss '{request.Loss}'; use {string.Join(", ", TargetKindNames.All)}", nameof(request));
        if (request.Rotations is < 1 or > FoldRotation.DefaultParts)
            throw new ArgumentException($"rotations {request.Rotations} must be 1–{FoldRotation.DefaultParts}", nameof(request));
        // Concrete arrays: the file grain storage cannot read back the compiler's collection-expression types.
        var folds = FoldRotation.All().Take(request.Rotations).Select(r => new FoldTrainingRequest(this.GetPrimaryKeyString(),
            r.ModelId(request.Name, kind), request.PairsPath, TargetKindNames.Format(kind), r.TrainParts.ToArray(), r.ValidPart,
            request.MaxEpochs, request.DataFolder, request.ModelsFolder, request.InitModel, request.MaxPairsPerFold, request.Settings));
        state.State = new TrainerState { Request = request, Folds = [.. folds] };
        await JobReminder.RegisterAsync(this, options.Value);
        await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).RegisterTrainingJobAsync(this.GetPrimaryKeyString());
        await state.SaveAsync();
        await FillSlotsAsync();
        return request;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Request == null)
        {
            await JobReminder.UnregisterAsync(this);
            return;
        }
        await NoteEndedFoldsAsync(await FoldStatusesAsync());
        foreach (var id in S.Started.Except(S.Ended)) await GrainFactory.GetGrain<IFoldTrainerGrain>(id).ResumeAsync();
        await FillSlotsAsync();
    }

    public async Task FoldEndedAsync(string modelId)
    {
        if (!S.Ended.Add(modelId)) return;
        await state.SaveAsync();
        await FillSlotsAsync();
    }

    public async Task<TrainingJobStatus> GetStatusAsync() =>
        new(this.GetPrimaryKeyString(), S.Request != null, await FoldStatusesAsync());

    /// <summary>Every fold trainer is asked: one pending again after an extension knows how far it got.</summary>
    private Task<FoldStatus[]> FoldStatusesAsync() =>
        Task.WhenAll(S.Folds.Select(async f => await GrainFactory.GetGrain<IFoldTrainerGrain>(f.ModelId).GetStatusAsync()
            is { MaxEpochs: > 0 } recorded ? recorded : new FoldStatus(f.ModelId, FoldState.Pending, 0, f.MaxEpochs, null, null, null, null)));

    /// <summary>Records rotations that ended without their report reaching this grain.</summary>
    private async Task NoteEndedFoldsAsync(IEnumerable<FoldStatus> folds)
    {
        int ended = S.Ended.Count;
        S.Ended.UnionWith(folds.Where(f => f.State is FoldState.Done or FoldState.Failed).Select(f => f.ModelId));
        if (S.Ended.Count != ended) await state.SaveAsync();
    }

    private async Task ExtendAsync(int maxEpochs)
    {
        S.Request = S.Request! with { MaxEpochs = maxEpochs };
        S.Folds = [.. S.Folds.Select(f => f with { MaxEpochs = maxEpochs })];
        foreach (var id in S.Started) await GrainFactory.GetGrain<IFoldTrainerGrain>(id).ExtendAsync(maxEpochs);
        var statuses = await Task.WhenAll(S.Started.Select(id => GrainFactory.GetGrain<IFoldTrainerGrain>(id).GetStatusAsync()));
        S.Started.ExceptWith(statuses.Where(f => f.State == FoldState.Pending).Select(f => f.ModelId)); // to be started again in turn
        S.Ended = [.. statuses.Where(f => f.State is FoldState.Done or FoldState.Failed).Select(f => f.ModelId)];
        await JobReminder.RegisterAsync(this, options.Value);
        await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).RegisterTrainingJobAsync(this.GetPrimaryKeyString());
        await state.SaveAsync();
        await FillSlotsAsync();
    }

    /// <summary>Starts pending rotations while fewer than the slots run; once all have ended, forgets the job in the catalog and
    /// removes its reminder.</summary>
    private async Task FillSlotsAsync()
    {
        int slots = await SlotsAsync();
        foreach (var fold in S.Folds.Where(f => !S.Started.Contains(f.ModelId)))
        {
            if (S.Started.Count - S.Ended.Count >= slots) break;
            await GrainFactory.GetGrain<IFoldTrainerGrain>(fold.ModelId).StartAsync(fold);
            S.Started.Add(fold.ModelId);
            await state.SaveAsync();
        }
        if (S.Ended.Count < S.Folds.Count) return;
        await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).CompleteTrainingJobAsync(this.GetPrimaryKeyString());
        await JobReminder.UnregisterAsync(this);
    }

    private async Task<int> SlotsAsync()
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return Math.Max(1, hosts.Count * Environment.ProcessorCount / 2);
    }
}
