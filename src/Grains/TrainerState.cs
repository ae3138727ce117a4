using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of a training job: the request, its rotations and which of them were started or have ended.</summary>
[GenerateSerializer]
public sealed class TrainerState
{
    /// <summary>The job as requested.</summary>
    [Id(0)] public TrainingJobRequest? Request { get; set; }

    /// <summary>One per rotation, in rotation order.</summary>
    [Id(1)] public List<FoldTrainingRequest> Folds { get; set; } = [];

    /// <summary>Model ids of the rotations handed to a fold trainer.</summary>
    [Id(2)] public HashSet<string> Started { get; set; } = [];

    /// <summary>Model ids of the rotations that are done or failed.</summary>
    [Id(3)] public HashSet<string> Ended { get; set; } = [];
}
