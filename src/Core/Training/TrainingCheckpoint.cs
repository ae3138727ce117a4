using System.Text.Json;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Training;

/// <summary>
/// Where a run stands after a completed epoch: enough, with the model and optimizer files it names, to continue exactly as if
/// never stopped.
/// </summary>
/// <param name="ModelId">The model being trained.</param>
/// <param name="Epoch">Completed epochs (1 after the first).</param>
/// <param name="Step">Completed optimisation steps.</param>
/// <param name="Schedule">Learning rate, best validation loss and patience counters.</param>
/// <remarks>
/// Restored exactly: every parameter (<c>checkpoint-E.safetensors</c>, <see cref="Model.ModelFile"/>), Adam's moments and step
/// counts (<c>checkpoint-E.optimizer</c>, TorchSharp's <c>save_state_dict</c>), the epoch and step counters and the schedule.
/// Nothing random needs restoring: torch's generator is only drawn at initialisation, and epoch e's shuffle is seeded by
/// (seed, e) alone (<see cref="ChromaTrainer"/>). The JSON file <see cref="FileName"/> is written last and atomically, so it
/// always names complete files. Lines the step log got during an interrupted epoch stay there (they carry their epoch).
/// </remarks>
public sealed record TrainingCheckpoint(string ModelId, int Epoch, long Step, PlateauSchedule Schedule)
{
    /// <summary>Name of the checkpoint file in a run folder.</summary>
    public const string FileName = "checkpoint.json";

    /// <summary>The model file of this checkpoint, in <paramref name="runFolder"/>.</summary>
    public string ModelPath(string runFolder) => Path.Combine(runFolder, $"checkpoint-{Epoch}.safetensors");

    /// <summary>The optimizer state file of this checkpoint, in <paramref name="runFolder"/>.</summary>
    public string OptimizerPath(string runFolder) => Path.Combine(runFolder, $"checkpoint-{Epoch}.optimizer");

    /// <summary>Writes <see cref="FileName"/> into <paramref name="runFolder"/> atomically.</summary>
    public void Save(string runFolder) =>
        AtomicFile.WriteText(Path.Combine(runFolder, FileName), JsonSerializer.Serialize(this, JsonFiles.SerializerOptions));

    /// <summary>The checkpoint in <paramref name="runFolder"/>, or null when there is none (a fresh run).</summary>
    /// <exception cref="InputException">The file exists but cannot be read.</exception>
    public static TrainingCheckpoint? Load(string runFolder)
    {
        string path = Path.Combine(runFolder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<TrainingCheckpoint>(File.ReadAllText(path), JsonFiles.SerializerOptions)
                   ?? throw new InputException(path, "empty checkpoint");
        }
        catch (JsonException e) { throw new InputException(path, $"not a training checkpoint ({e.Message})", e); }
    }
}
