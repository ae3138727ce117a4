namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of one rotation.</summary>
/// <param name="ModelId">The model id.</param>
/// <param name="State">Pending, running, done or failed.</param>
/// <param name="Epoch">Completed epochs.</param>
/// <param name="MaxEpochs">Epochs at most.</param>
/// <param name="TrainingLoss">Mean training loss of the last completed epoch, nats; null before the first.</param>
/// <param name="ValidationLoss">Validation loss after the last completed epoch, nats; null before the first.</param>
/// <param name="LearningRate">Learning rate of the last completed epoch; null before the first.</param>
/// <param name="Error">Why it failed; null unless <see cref="FoldState.Failed"/>.</param>
[GenerateSerializer, Immutable]
public sealed record FoldStatus(
    [property: Id(0)] string ModelId,
    [property: Id(1)] FoldState State,
    [property: Id(2)] int Epoch,
    [property: Id(3)] int MaxEpochs,
    [property: Id(4)] double? TrainingLoss,
    [property: Id(5)] double? ValidationLoss,
    [property: Id(6)] double? LearningRate,
    [property: Id(7)] string? Error);
