namespace Leitmotif.Core.Training;

/// <summary>
/// Learning-rate halving on a validation plateau and early stopping, as an immutable state advanced once per epoch.
/// </summary>
/// <param name="LearningRate">The learning rate for the next epoch.</param>
/// <param name="BestLoss">The lowest validation loss so far; null before the first epoch.</param>
/// <param name="EpochsWithoutImprovement">Epochs since <see cref="BestLoss"/> was reached (early stopping counts these).</param>
/// <param name="EpochsOnPlateau">Epochs without improvement since the last halving (the halving counts these).</param>
/// <param name="Improved">Whether the last observed epoch set a new best (its weights are the best checkpoint).</param>
/// <remarks>Keras' <c>ReduceLROnPlateau(factor=0.5, patience=P, cooldown=0)</c> and <c>EarlyStopping(patience=Q)</c>, which the
/// published checkpoints' learning rates 10⁻³ / 2ᵏ suggest (Zalkow &amp; Müller, TASLP 2021; design.md, "Training"). Improvement
/// is any strict decrease.</remarks>
public sealed record PlateauSchedule(double LearningRate, double? BestLoss, int EpochsWithoutImprovement, int EpochsOnPlateau, bool Improved)
{
    /// <summary>The state before the first epoch.</summary>
    public static PlateauSchedule Start(double learningRate) => new(learningRate, null, 0, 0, false);

    /// <summary>The state after an epoch whose validation loss was <paramref name="validationLoss"/>.</summary>
    /// <param name="validationLoss">Mean validation loss of the epoch, nats.</param>
    /// <param name="plateauPatience">P: the learning rate halves after P epochs on a plateau, then the count restarts.</param>
    public PlateauSchedule Observe(double validationLoss, int plateauPatience)
    {
        if (BestLoss is null || validationLoss < BestLoss) return new(LearningRate, validationLoss, 0, 0, true);
        int plateau = EpochsOnPlateau + 1;
        return plateau >= plateauPatience
            ? new(LearningRate / 2, BestLoss, EpochsWithoutImprovement + 1, 0, false)
            : new(LearningRate, BestLoss, EpochsWithoutImprovement + 1, plateau, false);
    }

    /// <summary>Whether training stops: <paramref name="earlyStoppingPatience"/> (Q) epochs in a row without improvement.</summary>
    public bool ShouldStop(int earlyStoppingPatience) => EpochsWithoutImprovement >= earlyStoppingPatience;
}
