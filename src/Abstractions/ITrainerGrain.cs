using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Owns a training job (key: <see cref="TrainingJobRequest.JobName"/>): one fold trainer per rotation, a bounded number
/// running at once, the next started as one ends; survives silo restarts.</summary>
public interface ITrainerGrain : IGrainWithStringKey
{
    /// <summary>Records the job durably and starts its first rotations; returns at once. A job already recorded is left as it is,
    /// except that a request differing only by a higher <see cref="TrainingJobRequest.MaxEpochs"/> extends it (every rotation
    /// trains on from its last checkpoint to the new limit).</summary>
    /// <returns>The job as recorded: <paramref name="request"/>, or the earlier request of a job already recorded under this key.</returns>
    Task<TrainingJobRequest> StartAsync(TrainingJobRequest request);


    /// <summary>Told by a fold trainer that its rotation is done or failed; starts the next pending one.</summary>
    Task FoldEndedAsync(string modelId);

    /// <summary>Each rotation's progress; never starts work.</summary>
    Task<TrainingJobStatus> GetStatusAsync();
}
