namespace Leitmotif.Core.Training;

/// <summary>One line of a run's epoch log (<see cref="TrainingLog.EpochsFile"/>).</summary>
/// <param name="Epoch">The completed epoch, from 1.</param>
/// <param name="Step">Steps completed by its end.</param>
/// <param name="TrainingLoss">Mean of the epoch's batch losses, nats.</param>
/// <param name="ValidationLoss">Mean validation loss after the epoch (batch losses weighted by batch size), nats.</param>
/// <param name="LearningRate">The learning rate the epoch used.</param>
/// <param name="Improved">Whether the validation loss was the best so far (the best checkpoint was replaced).</param>
/// <param name="TrainingSeconds">Wall time of the epoch's training steps (HCQTs computed on first use included).</param>
/// <param name="ValidationSeconds">Wall time of the validation pass.</param>
public sealed record EpochLogEntry(int Epoch, long Step, double TrainingLoss, double ValidationLoss, double LearningRate, bool Improved,
    double TrainingSeconds, double ValidationSeconds);
