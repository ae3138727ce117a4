using System.Runtime.CompilerServices;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Leitmotif.Client.Cluster;

/// <summary>
/// Follows a job's progress stream across the death of the silo that runs it: the job goes on elsewhere from its reminder,
/// so the client only subscribes again (at most <see cref="Attempts"/> times in a row, <see cref="Pause"/> apart).
/// </summary>
public static class JobWatch
{
    /// <summary>Subscriptions in a row that may fail before the error stands.</summary>
    public const int Attempts = 10;

    /// <summary>Pause before subscribing again; a killed silo is declared dead within about 10 s.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);

    /// <summary>The updates of <paramref name="watch"/>, subscribing again after the failures a dying silo causes, until one
    /// that <paramref name="isLast"/> accepts.</summary>
    public static async IAsyncEnumerable<T> FollowAsync<T>(Func<CancellationToken, IAsyncEnumerable<T>> watch, Func<T, bool> isLast,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int failures = 0; ; )
        {
            await using var updates = watch(cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool any;
                try
                {
                    any = await updates.MoveNextAsync();
                }
                catch (Exception e) when (IsSiloLoss(e) && ++failures < Attempts)
                {
                    await Task.Delay(Pause, cancellationToken);
                    break;
                }
                if (!any) yield break;
                failures = 0;
                yield return updates.Current;
                if (isLast(updates.Current)) yield break;
            }
        }
    }

    /// <summary>The silo holding the job, or the client's gateway, went away: the enumerator's record was lost with the activation
    /// (<see cref="EnumerationAbortedException"/>), or the call failed on the way (<see cref="SiloUnavailableException"/>,
    /// <see cref="ConnectionFailedException"/>, <see cref="OrleansMessageRejectionException"/>, <see cref="TimeoutException"/>).</summary>
    private static bool IsSiloLoss(Exception e) =>
        e is EnumerationAbortedException or SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException
            or TimeoutException;
}
