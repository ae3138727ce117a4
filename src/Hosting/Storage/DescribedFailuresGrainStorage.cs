using Leitmotif.Core.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Grain storage whose storage failures reach the grains as <see cref="StorageException"/>: a one-line reason that names no
/// account, endpoint or key, and that the grains' retries recognise without knowing the storage SDK. ETag conflicts
/// (<see cref="InconsistentStateException"/>) pass unchanged, for the grains to resolve.
/// </summary>
public sealed class DescribedFailuresGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        DescribeFailuresAsync($"cannot read the state of {grainId}", () => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        DescribeFailuresAsync($"cannot write the state of {grainId}", () => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        DescribeFailuresAsync($"cannot clear the state of {grainId}", () => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private static async Task DescribeFailuresAsync(string operation, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not InconsistentStateException && StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException(operation, StorageErrors.Describe(e));
        }
    }
}
