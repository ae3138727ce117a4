using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;
using Orleans.Placement;

namespace Leitmotif.Grains;

/// <summary>
/// Trains one rotation with <see cref="FoldRun"/> on the thread pool, never inside a grain call, once it holds a place among the
/// silo's cores (<see cref="RotationThreads.Process"/>, which sets its torch threads); copies the epoch log's last
/// line into its state every few seconds; resumes from the run folder's checkpoint when its trainer's reminder asks after a restart.
/// Randomly placed, so that a job's rotations spread over the silos.
/// </summary>
[RandomPlacement]
public sealed class FoldTrainerGrain(
    [PersistentState("foldtrainer", StorageNames.Leitmotif)] IPersistentState<FoldTrainerState> state,
    FeatureKindRegistry featureKinds) : Grain, IFoldTrainerGrain
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private Task? _work;

    private FoldTrainerState S => state.State;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stop.Cancel(); // the trainer stops between steps and keeps its last epoch's checkpoint
        if (_work != null) await _work.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
    }

    public async Task StartAsync(FoldTrainingRequest request)
    {
        if (S.Request != null && S.State != FoldState.Pending) return;
        if (S.Request == null) state.State = new FoldTrainerState { Request = request };
        S.State = FoldState.Running;
        await state.SaveAsync();
        ResumeWork();
    }

    public Task ResumeAsync()
    {
        if (S.Request != null && S.State == FoldState.Running) ResumeWork();
        return Task.CompletedTask;
    }

    public async Task ExtendAsync(int maxEpochs)
    {
        if (S.Request == null || maxEpochs <= S.Request.MaxEpochs || S.State == FoldState.Failed || S.StoppedEarly) return;
        S.Request = S.Request with { MaxEpochs = maxEpochs }; // a running rotation picks the new limit up when it reaches the old one
        if (S.State == FoldState.Done) S.State = FoldState.Pending; // the trainer starts it again when a slot is free
        await state.SaveAsync();
    }

    public Task<FoldStatus> GetStatusAsync() => Task.FromResult(new FoldStatus(this.GetPrimaryKeyString(), S.State, S.Epoch,
        S.Request?.MaxEpochs ?? 0, S.TrainingLoss, S.ValidationLoss, S.LearningRate, S.Error));

    private void ResumeWork()
    {
        if (_work is { IsCompleted: false }) return;
        _work = RunAsync();
    }

    /// <summary>Where the model is published and the initial model looked up: this silo's models folder, whose models it
    /// offers as kinds (and, in <c>azure</c> mode, shares through the models container), else the folder the request names.</summary>
    private string ModelsFolder(FoldTrainingRequest request) => featureKinds.ModelsDirectory ?? request.ModelsFolder;

    /// <summary>Trains to the request's epoch limit, again from the checkpoint when the limit was raised meanwhile.</summary>
    private async Task RunAsync()
    {
        var token = _stop.Token;
        while (true)
        {
            var request = S.Request!;
            var settings = request.Settings ?? TrainingSettings.Plain;
            var run = new FoldRun(request.ModelId, request.PairsPath, request.TrainParts, request.ValidPart,
                Path.Combine(request.DataFolder, "training", request.ModelId), Path.Combine(request.DataFolder, "training", "hcqt"),
                ModelsFolder(request), request.InitModel, request.MaxPairsPerFold, settings.ValidationPairs, settings.OtherTimbres);
            var training = Task.Run(async () =>
            {
                var options = new TrainingOptions(TargetKindNames.TryParse(request.Loss) ?? TargetKind.Ctc, MaxEpochs: request.MaxEpochs,
                    PairsPerEpoch: settings.PairsPerEpoch, MaxPitchShift: settings.MaxPitchShift,
                    Precision: TrainingPrecision.ForThisMachine(InferencePath.ParsePrecision(settings.Precision)));
                using var place = await RotationThreads.Process.EnterAsync(token);
                return run.Run(options, RotationThreads.Process, token);
            }, token);
            while (!training.IsCompleted)
            {
                DelayDeactivation(TimeSpan.FromMinutes(10));
                await Task.WhenAny(training, Task.Delay(PollInterval));
                await RecordEpochAsync(run.RunFolder);
            }
            try
            {
                var result = await training;
                if (S.Request!.MaxEpochs > request.MaxEpochs && !result.StoppedEarly) continue;
                (S.State, S.StoppedEarly) = (FoldState.Done, result.StoppedEarly);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return; // deactivating: state stays Running, so the next activation resumes from the checkpoint
            }
            catch (Exception e)
            {
                (S.State, S.Error) = (FoldState.Failed, ClusterRetry.Describe(e));
            }
            break;
        }
        await state.SaveAsync();
        await ClusterRetry.RunAsync(() => GrainFactory.GetGrain<ITrainerGrain>(S.Request!.JobName).FoldEndedAsync(S.Request.ModelId));
    }

    private async Task RecordEpochAsync(string runFolder)
    {
        if (FoldRun.LastEpoch(runFolder) is not { } last || last.Epoch == S.Epoch) return;
        (S.Epoch, S.TrainingLoss, S.ValidationLoss, S.LearningRate) = (last.Epoch, last.TrainingLoss, last.ValidationLoss, last.LearningRate);
        await state.SaveAsync();
    }
}
