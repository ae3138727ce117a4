using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>The outcome of <see cref="ChromaTrainer.Train"/>.</summary>
/// <param name="Final">The network's weights after the last completed epoch.</param>
/// <param name="BestModelPath">The best checkpoint (lowest validation loss), a <see cref="ModelFile"/> stamped with the model id.</param>
/// <param name="BestValidationLoss">Its validation loss, nats (per example for CTC, per frame for cross-entropy).</param>
/// <param name="Epochs">Completed epochs, including those of earlier, resumed parts of the run.</param>
/// <param name="Steps">Completed optimisation steps, likewise.</param>
/// <param name="StoppedEarly">Whether early stopping ended the run before <see cref="TrainingOptions.MaxEpochs"/>.</param>
/// <param name="LearningRate">The learning rate at the end.</param>
public sealed record TrainingResult(
    ModelWeights Final, string BestModelPath, double BestValidationLoss, int Epochs, long Steps, bool StoppedEarly, double LearningRate);
