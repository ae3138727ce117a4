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

    /// <summary>Drops the lines written after the checkpoint a resumed run starts from — steps after <paramref name="step"/>
    /// and epochs after <paramref name="epoch"/>, from an epoch the kill cut short — so that they are not logged twice.</summary>
    public void KeepUpTo(int epoch, long step)
    {
        Keep(StepsFile, line => JsonSerializer.Deserialize<StepLogEntry>(line, LineOptions)!.Step <= step);
        Keep(EpochsFile, line => JsonSerializer.Deserialize<EpochLogEntry>(line, LineOptions)!.Epoch <= epoch);
    }

    private void Append(string file, string line) => File.AppendAllText(Path.Combine(runFolder, file), line + "\n");

    /// <summary>Rewrites <paramref name="file"/> with the complete lines that <paramref name="keep"/> accepts; a torn last line
    /// (the kill came mid-write) goes too.</summary>
    private void Keep(string file, Func<string, bool> keep)
    {
        string path = Path.Combine(runFolder, file);
        if (!File.Exists(path)) return;
        var kept = File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)).TakeWhile(line => Parses(line, keep)).ToList();
        Corpus.AtomicFile.WriteText(path, string.Concat(kept.Select(line => line + "\n")));
    }

    private static bool Parses(string line, Func<string, bool> keep)
    {
        try { return keep(line); }
        catch (JsonException) { return false; }
    }
}
