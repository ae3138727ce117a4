using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>
/// Work a grain activation runs in the background under caller-chosen ids: started by one call and collected by short
/// waits, so that no grain call lasts longer than the default response timeout however long the work takes.
/// </summary>
internal sealed class BackgroundWork<T>
{
    /// <summary>How long one wait waits at most; well under the default 30-s response timeout.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, Task<T>> _work = new(StringComparer.Ordinal);

    /// <summary>Whether any work is still running (the grain then delays its deactivation).</summary>
    public bool AnyRunning => _work.Values.Any(t => !t.IsCompleted);

    /// <summary>Whether work <paramref name="id"/> was started and not yet collected.</summary>
    public bool IsKnown(string id) => _work.ContainsKey(id);

    /// <summary>Starts <paramref name="run"/> under <paramref name="id"/> unless work of that id is already known.</summary>
    public void Start(string id, Func<Task<T>> run) => _work.TryAdd(id, run());

    /// <summary>Waits up to <see cref="WaitLimit"/> for work <paramref name="id"/>; a finished work's result is handed out once.</summary>
    /// <returns>Unknown (never started here), Running, or Finished with the result.</returns>
    public async Task<(ShardWorkState State, T? Result)> WaitAsync(string id, CancellationToken cancellationToken)
    {
        if (!_work.TryGetValue(id, out var work)) return (ShardWorkState.Unknown, default);
        await Task.WhenAny(work, Task.Delay(WaitLimit, cancellationToken));
        if (!work.IsCompleted) return (ShardWorkState.Running, default);
        _work.Remove(id);
        return (ShardWorkState.Finished, await work);
    }
}
