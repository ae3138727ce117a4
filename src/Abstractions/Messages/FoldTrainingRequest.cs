namespace Leitmotif.Abstractions.Messages;

/// <summary>One rotation of a training job, as its fold trainer runs it.</summary>
/// <param name="JobName">The owning job (<see cref="TrainingJobRequest.JobName"/>), told when the rotation ends.</param>
/// <param name="ModelId">The model id, also the fold trainer's key.</param>
/// <param name="PairsPath">The corpus's <c>pairs.jsonl</c>.</param>
/// <param name="Loss"><c>ctc</c>, <c>linear</c> or <c>strong</c>.</param>
/// <param name="TrainParts">Folds to train on.</param>
/// <param name="ValidPart">Fold to validate on.</param>
/// <param name="MaxEpochs">Epochs at most.</param>
/// <param name="DataFolder">The shared data folder.</param>
/// <param name="ModelsFolder">Where the finished model is published when the training silo has no models folder of its own
/// (it publishes to its own, whose models it offers).</param>
/// <param name="InitModel">The model to fine-tune from, or null.</param>
/// <param name="MaxPairsPerFold">At most this many pairs of each fold; 0 = all.</param>
/// <param name="Settings">Sampling, augmentation and precision; null is <see cref="TrainingSettings.Plain"/>.</param>
[GenerateSerializer, Immutable]
public sealed record FoldTrainingRequest(
    [property: Id(0)] string JobName,
    [property: Id(1)] string ModelId,
    [property: Id(2)] string PairsPath,
    [property: Id(3)] string Loss,
    [property: Id(4)] IReadOnlyList<int> TrainParts,
    [property: Id(5)] int ValidPart,
    [property: Id(6)] int MaxEpochs,
    [property: Id(7)] string DataFolder,
    [property: Id(8)] string ModelsFolder,
    [property: Id(9)] string? InitModel,
    [property: Id(10)] int MaxPairsPerFold,
    [property: Id(11)] TrainingSettings? Settings = null);
