using System.Text.Json;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Training;

/// <summary>Reads a corpus's <c>pairs.jsonl</c>: one <see cref="TrainingPair"/> per line, as <see cref="CorpusBuilder"/> writes it.</summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4 (weakly aligned score–audio pairs).</remarks>
public static class TrainingPairsFile
{
    /// <summary>Every pair in <paramref name="path"/>, in file order; blank lines are skipped.</summary>
    /// <exception cref="InputException">The file is missing, or a line is not a valid pair (not JSON, missing fields, fold
    /// outside 1–5, an empty segment, or fewer than two beat times); the message names the file and the line number.</exception>
    public static IReadOnlyList<TrainingPair> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new InputException(path, "pairs file not found");
        var pairs = new List<TrainingPair>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            TrainingPair? pair;
            try { pair = JsonSerializer.Deserialize<TrainingPair>(line, JsonFiles.SerializerOptions); }
            catch (JsonException e) { throw new InputException(path, $"line {number}: not a training pair ({e.Message})", e); }
            if (Problem(pair) is { } problem) throw new InputException(path, $"line {number}: {problem}");
            pairs.Add(pair!);
        }
        return pairs;
    }

    private static string? Problem(TrainingPair? pair) => pair switch
    {
        null => "null instead of a training pair",
        { Audio: null or "" } => "no audio path",
        { Notes: null } => "no notes",
        { BeatSeconds: null } or { BeatSeconds.Count: < 2 } => "fewer than two beat times",
        { Fold: < 1 or > 5 } => $"fold {pair.Fold} is outside 1–5",
        _ when pair.Start < 0 || !(pair.End > pair.Start) => $"segment [{pair.Start}, {pair.End}) s is empty or starts before 0",
        _ => null,
    };
}
