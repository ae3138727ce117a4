using Leitmotif.Core.Storage;
using Orleans.Runtime;

namespace Leitmotif.Grains;

/// <summary>
/// Retries a call that failed because a silo died or shared storage briefly failed: the grain is then activated on another
/// silo, or the storage answers again. Bounded: <see cref="Attempts"/> tries, <see cref="Pause"/> apart, then the error stands.
/// </summary>
public static class ClusterRetry
{
    /// <summary>Tries per call.</summary>
    public const int Attempts = 5;

    /// <summary>Pause between tries; a killed silo is declared dead within about 10 s.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);

    /// <summary>Whether <paramref name="e"/> is a failure that another try may not meet.</summary>
    public static bool IsTransient(Exception e) =>
        e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or StorageException
            or Orleans.Storage.InconsistentStateException
        || (e is OrleansException && e.InnerException is System.Net.Sockets.SocketException)
        || StorageErrors.IsStorageFailure(e);

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
    public static string Describe(Exception e) =>
        e is StorageException || StorageErrors.IsStorageFailure(e) ? StorageErrors.Describe(e) : e.Message;
}
