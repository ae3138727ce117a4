using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of a fold trainer: its rotation and how far training got (the run folder holds the checkpoint).</summary>
[GenerateSerializer]
public sealed class FoldTrainerState
{
    /// <summary>The rotation to train.</summary>
    [Id(0)] public FoldTrainingRequest? Request { get; set; }

    /// <summary>Running, done or failed once started.</summary>
    [Id(1)] public FoldState State { get; set; }

    /// <summary>Completed epochs.</summary>
    [Id(2)] public int Epoch { get; set; }

    /// <summary>Last epoch's mean training loss.</summary>
    [Id(3)] public double? TrainingLoss { get; set; }

    /// <summary>Last epoch's validation loss.</summary>
    [Id(4)] public double? ValidationLoss { get; set; }

    /// <summary>Last epoch's learning rate.</summary>
    [Id(5)] public double? LearningRate { get; set; }

    /// <summary>Why training failed.</summary>
    [Id(6)] public string? Error { get; set; }

    /// <summary>Whether early stopping ended the rotation (then a higher epoch limit changes nothing).</summary>
    [Id(7)] public bool StoppedEarly { get; set; }
}
