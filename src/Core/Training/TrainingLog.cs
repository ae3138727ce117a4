using System.Text.Json;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Training;

/// <summary>A run's two JSON-lines logs in its folder: one line per step and one per epoch, each flushed as written.</summary>
public sealed class TrainingLog(string runFolder)
{
    /// <summary>File name of the step log: one <see cref="StepLogEntry"/> per line.</summary>
    public const string StepsFile = "steps.jsonl";

    /// <summary>File name of the epoch log: one <see cref="EpochLogEntry"/> per line.</summary>
    public const string EpochsFile = "epochs.jsonl";

    private static readonly JsonSerializerOptions LineOptions = new(JsonFiles.SerializerOptions) { WriteIndented = false };

    /// <summary>Appends one line to the step log.</summary>
    public void Write(StepLogEntry entry) => Append(StepsFile, JsonSerializer.Serialize(entry, LineOptions));

    /// <summary>Appends one line to the epoch log.</summary>
    public void Write(EpochLogEntry entry) => Append(EpochsFile, JsonSerializer.Serialize(entry, LineOptions));

    private void Append(string file, string line) => File.AppendAllText(Path.Combine(runFolder, file), line + "\n");
}
