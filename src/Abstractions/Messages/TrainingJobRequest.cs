namespace Leitmotif.Abstractions.Messages;

/// <summary>A training job: the cross-validation rotations of one loss over a corpus's pairs.</summary>
/// <param name="PairsPath">Absolute path of the corpus's <c>pairs.jsonl</c>, readable by every silo.</param>
/// <param name="Loss"><c>ctc</c>, <c>linear</c> or <c>strong</c>.</param>
/// <param name="Rotations">How many of the five rotations to train, 1–5, in the order train123valid4, train234valid5, …</param>
/// <param name="MaxEpochs">Epochs at most per rotation (early stopping may end it sooner).</param>
/// <param name="Name">Prefix of the model ids, e.g. <c>own</c> gives <c>own_ctc_train123valid4</c>.</param>
/// <param name="DataFolder">The shared data folder; runs go to <c>&lt;data&gt;/training/&lt;model id&gt;/</c>.</param>
/// <param name="ModelsFolder">Where finished models are published as <c>&lt;model id&gt;.safetensors</c> by a silo without a
/// models folder of its own; silos publish to their own, so that the model is at once one of their feature kinds (and, in
/// <c>azure</c> mode, goes to the models container for the other silos).</param>
/// <param name="InitModel">A model in <paramref name="ModelsFolder"/> every rotation fine-tunes from, or null to start from scratch.</param>
/// <param name="MaxPairsPerFold">At most this many pairs of each fold, a seeded sample; 0 = all.</param>
/// <param name="Settings">Sampling, augmentation and precision of every rotation; null is <see cref="TrainingSettings.Plain"/>.</param>
[GenerateSerializer, Immutable]
public sealed record TrainingJobRequest(
    [property: Id(0)] string PairsPath,
    [property: Id(1)] string Loss,
    [property: Id(2)] int Rotations,
    [property: Id(3)] int MaxEpochs,
    [property: Id(4)] string Name,
    [property: Id(5)] string DataFolder,
    [property: Id(6)] string ModelsFolder,
    [property: Id(7)] string? InitModel = null,
    [property: Id(8)] int MaxPairsPerFold = 0,
    [property: Id(9)] TrainingSettings? Settings = null)
{
    /// <summary>The job's key: <c>&lt;name&gt;_&lt;loss&gt;</c>, e.g. <c>own_ctc</c>.</summary>
    public string JobName => $"{Name}_{Loss}";
}
