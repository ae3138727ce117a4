namespace Leitmotif.Core.Training;

/// <summary>One line of a run's step log (<see cref="TrainingLog.StepsFile"/>).</summary>
/// <param name="Epoch">The epoch the step belongs to, from 1.</param>
/// <param name="Step">The step's number over the whole run, from 1.</param>
/// <param name="Loss">The batch's training loss, nats.</param>
/// <param name="LearningRate">The learning rate the step used.</param>
public sealed record StepLogEntry(int Epoch, long Step, double Loss, double LearningRate);
