using System.Globalization;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Client.Commands;

/// <summary>Follows a training job: a line on standard error whenever a rotation completes an epoch or changes state.</summary>
public static class TrainRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Polls <paramref name="trainer"/> until the job is finished or <paramref name="cancellationToken"/> fires (Ctrl+C:
    /// the caller detaches, the job goes on); returns the last status.</summary>
    public static async Task<TrainingJobStatus> FollowAsync(ITrainerGrain trainer, CancellationToken cancellationToken)
    {
        var shown = new Dictionary<string, string>();
        while (true)
        {
            var status = await trainer.GetStatusAsync();
            foreach (var fold in status.Folds)
            {
                string line = Describe(fold);
                if (shown.TryGetValue(fold.ModelId, out var last) && last == line) continue;
                shown[fold.ModelId] = line;
                Console.Error.WriteLine(line);
            }
            if (status.Finished) return status;
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>One rotation as one line: model id, state, epoch, losses, learning rate, error.</summary>
    public static string Describe(FoldStatus fold)
    {
        var c = CultureInfo.InvariantCulture;
        string losses = fold.TrainingLoss is { } t && fold.ValidationLoss is { } v && fold.LearningRate is { } lr
            ? string.Create(c, $"  train {t,8:0.0000}  valid {v,8:0.0000}  lr {lr:0.######}")
            : "";
        string error = fold.Error is { } e ? $"  error: {e}" : "";
        return string.Create(c, $"{fold.ModelId,-32} {fold.State.ToString().ToLowerInvariant(),-8} epoch {fold.Epoch,3}/{fold.MaxEpochs}{losses}{error}");
    }
}
