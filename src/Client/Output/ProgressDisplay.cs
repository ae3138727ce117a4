using Spectre.Console;

namespace Leitmotif.Client.Output;

/// <summary>
/// Polls background work and shows its progress: a bar on a terminal, else a line per tenth on standard error, so that
/// redirected standard output holds only results.
/// </summary>
public static class ProgressDisplay
{
    private const int FirstPollMilliseconds = 10;
    private const int MaxPollMilliseconds = 200;

    /// <summary>Calls <paramref name="poll"/> until it reports finished; returns its last result.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (Ctrl+C): following stops, the
    /// work itself is not cancelled.</exception>
    public static async Task<T> FollowAsync<T>(string label, Func<Task<(int Done, int Total, bool Finished, T Result)>> poll,
        CancellationToken cancellationToken)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            T result = default!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label);
                    result = await PollUntilFinishedAsync(poll, (done, total) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                    }, cancellationToken);
                });
            return result;
        }
        int lastTenth = -1;
        return await PollUntilFinishedAsync(poll, (done, total) =>
        {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth == lastTenth) return;
            Console.Error.WriteLine($"{label}: {done}/{total}");
            lastTenth = tenth;
        }, cancellationToken);
    }

    private static async Task<T> PollUntilFinishedAsync<T>(Func<Task<(int Done, int Total, bool Finished, T Result)>> poll, Action<int, int> show,
        CancellationToken cancellationToken)
    {
        int wait = FirstPollMilliseconds;
        while (true)
        {
            var (done, total, finished, current) = await poll();
            show(done, total);
            if (finished) return current;
            await Task.Delay(wait, cancellationToken);
            wait = Math.Min(MaxPollMilliseconds, wait * 2);
        }
    }
}
