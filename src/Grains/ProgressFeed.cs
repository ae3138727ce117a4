using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Leitmotif.Grains;

/// <summary>
/// A job's progress updates, streamed to every watcher: a watcher gets the current state, then each update published after
/// it started watching, until one that <see cref="_isLast"/> says ends the job. Used on one grain activation only, so its
/// watcher list needs no lock.
/// </summary>
internal sealed class ProgressFeed<T>(Func<T, bool> isLast)
{
    private readonly Func<T, bool> _isLast = isLast;
    private readonly List<Channel<T>> _watchers = [];

    /// <summary>Hands <paramref name="update"/> to every watcher.</summary>
    public void Publish(T update)
    {
        foreach (var watcher in _watchers) watcher.Writer.TryWrite(update);
    }

    /// <summary>The state <paramref name="current"/> gives, then every update published until the last.</summary>
    public async IAsyncEnumerable<T> WatchAsync(Func<T> current, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Listening starts before the current state is handed out, so that nothing published meanwhile is missed.
        var channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _watchers.Add(channel);
        try
        {
            var now = current();
            yield return now;
            if (_isLast(now)) yield break;
            await foreach (var update in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return update;
                if (_isLast(update)) yield break;
            }
        }
        finally
        {
            _watchers.Remove(channel);
        }
    }
}
