namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of a training job.</summary>
/// <param name="JobName">The job's key.</param>
/// <param name="Exists">Whether such a job was ever started.</param>
/// <param name="Folds">Each rotation, in rotation order.</param>
[GenerateSerializer, Immutable]
public sealed record TrainingJobStatus(
    [property: Id(0)] string JobName,
    [property: Id(1)] bool Exists,
    [property: Id(2)] IReadOnlyList<FoldStatus> Folds)
{
    /// <summary>Whether every rotation is done or failed.</summary>
    public bool Finished => Exists && Folds.All(f => f.State is FoldState.Done or FoldState.Failed);
}
