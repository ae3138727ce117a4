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

    /// <summary>Follows <paramref name="updates"/> to its end; returns the last update.</summary>
    /// <param name="view">How far an update says the work has got, and what step it reports (null for none).</param>
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
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                        task.Description = step == null ? label : $"{label} · {Markup.Escape(step)}";
                        last = update;
                    }
                });
            return last;
        }
        int lastTenth = -1;
        await foreach (var update in updates.WithCancellation(cancellationToken))
        {
            var (done, total, step) = view(update);
            last = update;
            int tenth = total <= 0 ? 10 : done * 10 / total;
            if (tenth == lastTenth) continue;
            Console.Error.WriteLine(step == null ? $"{label}: {done}/{total}" : $"{label}: {done}/{total} ({step})");
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
