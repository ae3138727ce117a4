using Leitmotif.Core.Storage;
using Orleans.Runtime;

namespace Leitmotif.Grains;

/// <summary>
/// Retries a call that failed because a silo died or shared storage briefly failed: the grain is then activated on another
/// silo, or the storage answers again. Bounded: <see cref="Attempts"/> tries, <see cref="Pause"/> apart, then the error stands.
/// Only for idempotent calls, since a call that failed on the way back may have done its work: starting or waiting for shard
/// work under a work id, reading, merging top-k lists, and writes of a grain's own state (<see cref="StateWrites"/>).
/// </summary>
public static class ClusterRetry
{
    /// <summary>Tries per call.</summary>
    public const int Attempts = 5;

    /// <summary>Pause between tries; a killed silo is declared dead within about 10 s.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Whether another try may succeed where <paramref name="e"/> failed. Retried, and why:
    /// <list type="bullet">
    /// <item><see cref="SiloUnavailableException"/>: the target grain's silo died; the next try activates it on a live silo.</item>
    /// <item><see cref="OrleansMessageRejectionException"/>: a silo shutting down or not yet ready turned the message away.</item>
    /// <item><see cref="TimeoutException"/>: no answer within the response timeout, as while a dead silo is not yet declared dead.</item>
    /// <item><see cref="OrleansException"/> caused by a <see cref="System.Net.Sockets.SocketException"/>: a connection to a
    /// silo was refused or reset.</item>
    /// <item><see cref="StorageException"/>, alone or as the cause of an Orleans error: shared storage restarting or briefly
    /// unreachable (the hosting layer turns the storage SDK's failures into it, for features and grain state alike).</item>
    /// </list>
    /// Not retried: an ETag conflict (<see cref="Orleans.Storage.InconsistentStateException"/>), which another identical try
    /// would meet again and <see cref="StateWrites.SaveAsync"/> resolves, and everything else, which is a bug or bad input.
    /// </summary>
    public static bool IsTransient(Exception e) =>
        e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
        || (e is OrleansException && e.InnerException is System.Net.Sockets.SocketException)
        || StorageFailure(e) != null;

    /// <summary>Runs <paramref name="call"/>, trying again after transient failures.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < Attempts && IsTransient(e))
            {
                await Task.Delay(Pause);
            }
        }
    }

    /// <summary>Runs <paramref name="call"/>, trying again after transient failures.</summary>
    public static Task RunAsync(Func<Task> call) => RunAsync(async () => { await call(); return true; });

    /// <summary>A message for <paramref name="e"/> that is safe to show: storage failures never name the account or endpoint.</summary>
    public static string Describe(Exception e) => StorageFailure(e)?.Message ?? e.Message;

    private static StorageException? StorageFailure(Exception? e)
    {
        for (; e != null; e = e.InnerException)
            if (e is StorageException storage) return storage;
        return null;
    }
}
