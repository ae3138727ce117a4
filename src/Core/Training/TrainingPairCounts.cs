namespace Leitmotif.Core.Training;

/// <summary>How many pairs a run trains and validates on, and how many pairs of its folds could not train
/// (<see cref="TrainingSet.LeftOut"/>).</summary>
public sealed record TrainingPairCounts(int Training, int Validation, int LeftOut);
