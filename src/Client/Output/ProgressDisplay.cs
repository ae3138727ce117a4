using Spectre.Console;

namespace Leitmotif.Client.Output;

/// <summary>Polls background work and shows its progress: a bar on a terminal, a line per tenth when output is redirected.</summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Calls <paramref name="poll"/> until it reports finished; returns its last result.</summary>
    public static async Task<T> FollowAsync<T>(string label, Func<Task<(int Done, int Total, bool Finished, T Result)>> poll)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            T result = default!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label);
                    while (true)
                    {
                        var (done, total, finished, current) = await poll();
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                        result = current;
                        if (finished) return;
                        await Task.Delay(PollInterval);
                    }
                });
            return result;
        }
        int lastTenth = -1;
        while (true)
        {
            var (done, total, finished, current) = await poll();
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth)
            {
                Console.WriteLine($"{label}: {done}/{total}");
                lastTenth = tenth;
            }
            if (finished) return current;
            await Task.Delay(PollInterval);
        }
    }
}
