namespace Leitmotif.Core.Evaluation;

/// <summary>
/// The recordings a results file ranks, each known by its name and location, and the one a truth entry's
/// <see cref="TruthEntry.Recording"/> names: the recording at that location, else the one of that name (its path below its
/// root), else the one of that file name when no other ranked recording has it.
/// </summary>
public sealed class RankedRecordings(IEnumerable<RankedRecording> ranked)
{
    private readonly List<(string Name, string? Location)> _recordings = ranked.Select(KeyOf).Distinct().ToList();

    /// <summary>What tells ranked recordings apart: name and location (null in results files without locations).</summary>
    public static (string Name, string? Location) KeyOf(RankedRecording recording) => (recording.Recording, recording.Location);

    /// <summary>The ranked recording <paramref name="recording"/> names, or null when it names none (it is not ranked).</summary>
    /// <exception cref="InputException"><paramref name="recording"/> names more than one ranked recording; the message lists them.</exception>
    public (string Name, string? Location)? Resolve(string recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var fileName = FileNameOf(recording);
        foreach (var matches in new Func<(string Name, string? Location), bool>[]
                 {
                     r => r.Location == recording,
                     r => r.Name == recording,
                     r => FileNameOf(r.Name) == fileName,
                 })
        {
            var candidates = _recordings.Where(matches).ToList();
            if (candidates.Count == 1) return candidates[0];
            if (candidates.Count > 1)
                throw new InputException($"truth recording '{recording}'",
                    $"names {candidates.Count} ranked recordings: {string.Join(", ", candidates.Select(Describe))}; name one by its path below its root or by its location");
        }
        return null;
    }

    private static string FileNameOf(string name) => name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

    private static string Describe((string Name, string? Location) r) => r.Location == null ? r.Name : $"{r.Name} at {r.Location}";
}
