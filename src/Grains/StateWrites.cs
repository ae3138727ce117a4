using Orleans.Storage;

namespace Leitmotif.Grains;

/// <summary>Saves a grain's state through storage faults: transient failures are retried, and an ETag conflict is resolved
/// by learning the stored ETag and writing again, instead of failing the work.</summary>
public static class StateWrites
{
    /// <summary>
    /// Writes <paramref name="state"/>. On an <see cref="InconsistentStateException"/> (the stored ETag is not the one this
    /// activation last saw) the state is read again for its ETag and this activation's state is written over it. That is
    /// right because each Leitmotif grain is the only writer of its own state: the conflict means that an earlier write
    /// went through but its answer was lost (a storage restart or a timeout), or that storage lost the record, and in both
    /// cases the activation holds the newest value.
    /// </summary>
    public static async Task SaveAsync<T>(this IPersistentState<T> state)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await state.WriteStateAsync();
                return;
            }
            catch (InconsistentStateException) when (attempt < ClusterRetry.Attempts)
            {
                var newest = state.State;
                await ClusterRetry.RunAsync(() => state.ReadStateAsync());
                state.State = newest;
            }
            catch (Exception e) when (attempt < ClusterRetry.Attempts && ClusterRetry.IsTransient(e))
            {
                await Task.Delay(ClusterRetry.Pause);
            }
        }
    }
}
