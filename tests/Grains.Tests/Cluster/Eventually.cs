using Leitmotif.Grains;

namespace Leitmotif.Grains.Tests.Cluster;

/// <summary>Bounded polling over a cluster that may be failing over: transient errors count as "not yet".</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="poll"/> every half second until <paramref name="done"/>, at most <paramref name="limit"/>.</summary>
    public static async Task<T> PollAsync<T>(Func<Task<T>> poll, Func<T, bool> done, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = await poll().WaitAsync(TimeSpan.FromSeconds(30));
                if (done(value)) return value;
            }
            catch (Exception e) when (ClusterRetry.IsTransient(e) || e is Orleans.Runtime.Messaging.ConnectionFailedException)
            {
                last = e;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"not reached within {limit.TotalSeconds:0} s: {what} (last error: {last?.Message ?? "none"})");
    }

    /// <summary>Polls until <paramref name="condition"/> holds.</summary>
    public static Task PollAsync(Func<Task<bool>> condition, TimeSpan limit, string what) => PollAsync(condition, b => b, limit, what);
}
