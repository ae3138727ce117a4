using System.Text.Json.Serialization;

namespace Leitmotif.Core.Evaluation;

/// <summary>Where a theme truly occurs: one entry of a <c>truth.json</c> file.</summary>
/// <param name="Theme">Theme file name, without folder.</param>
/// <param name="Recording">The recording: its path below the root it was indexed under, its location, or its bare file
/// name when no other ranked recording has that file name (<see cref="RankedRecordings.Resolve"/>).</param>
/// <param name="Start">Start of the occurrence in the recording, in seconds.</param>
/// <param name="End">End of the occurrence in the recording, in seconds.</param>
/// <param name="Segments">Every occurrence of the theme in the recording as <c>[start, end]</c> in seconds, sorted by start,
/// <paramref name="Start"/>–<paramref name="End"/> among them (a theme heard again in a repeat or a recapitulation); null
/// (and not written) in the older form, where <paramref name="Start"/>–<paramref name="End"/> is the one occurrence.</param>
public sealed record TruthEntry(
    string Theme, string Recording, double Start, double End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<double>>? Segments = null)
{
    /// <summary>The spans where the theme occurs: <see cref="Segments"/> where given, else <see cref="Start"/>–<see cref="End"/>.</summary>
    /// <exception cref="ArgumentException">A segment is not a pair [start, end].</exception>
    public IEnumerable<(double Start, double End)> Occurrences()
    {
        if (Segments is null or { Count: 0 }) return [(Start, End)];
        return Segments.Select(s => s is [var start, var end]
            ? (start, end)
            : throw new ArgumentException($"truth of theme '{Theme}' in '{Recording}': segment [{string.Join(", ", s ?? [])}] is not [start, end]"));
    }
}
