using System.Runtime.CompilerServices;
using Spectre.Console;

namespace Leitmotif.Client.Output;

/// <summary>
/// Shows the progress of background work from its stream of updates: a bar on a terminal, named after the last step (for
/// example the shard just done), else a line per tenth on standard error, so that redirected standard output holds only results.
/// </summary>
public static class ProgressDisplay
{
    private const int FirstPollMilliseconds = 10;
    private const int MaxPollMilliseconds = 200;

    /// <summary>The tenth reported while the total is not known, so that only the first such update prints a line.</summary>
    private const int UnknownTotal = -1;

    /// <summary>Follows <paramref name="updates"/> to its end; returns the last update.</summary>
    /// <param name="view">How far an update says the work has got (a negative total while the total is not known yet, for which
    /// the step says what is being done instead), and what step it reports (null for none).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (Ctrl+C): following stops, the
    /// work itself is not cancelled.</exception>
    public static async Task<T> FollowAsync<T>(string label, IAsyncEnumerable<T> updates, Func<T, (int Done, int Total, string? Step)> view,
        CancellationToken cancellationToken)
    {
        T last = default!;
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label);
                    await foreach (var update in updates.WithCancellation(cancellationToken))
                    {
                        var (done, total, step) = view(update);
                        task.IsIndeterminate = total < 0;
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                        task.Description = step == null ? label : $"{label} · {Markup.Escape(step)}";
                        last = update;
                    }
                });
            return last;
        }
        int lastTenth = int.MinValue;
        await foreach (var update in updates.WithCancellation(cancellationToken))
        {
            var (done, total, step) = view(update);
            last = update;
            int tenth = total < 0 ? UnknownTotal : total == 0 ? 10 : done * 10 / total;
            if (tenth == lastTenth) continue;
            Console.Error.WriteLine(total < 0 ? $"{label}: {step}" : step == null ? $"{label}: {done}/{total}" : $"{label}: {done}/{total} ({step})");
            lastTenth = tenth;
        }
        return last;
    }

    /// <summary>Updates from <paramref name="poll"/>, called ever less often (up to every 200 ms) until it says finished; for
    /// work that offers no stream.</summary>
    public static async IAsyncEnumerable<T> Poll<T>(Func<Task<T>> poll, Func<T, bool> finished, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int wait = FirstPollMilliseconds;
        while (true)
        {
            var current = await poll();
            yield return current;
            if (finished(current)) yield break;
            await Task.Delay(wait, cancellationToken);
            wait = Math.Min(MaxPollMilliseconds, wait * 2);
        }
    }
}
