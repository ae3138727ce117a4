using System.Text.Json.Serialization;

namespace Leitmotif.Core.Evaluation;

/// <summary>One recording in a theme's ranking.</summary>
/// <param name="Recording">The recording's name: its path below the root it was indexed under, <c>/</c>-separated (a bare
/// file name in a flat folder).</param>
/// <param name="Cost">Matching cost of the best match (lower is better).</param>
/// <param name="Start">Start of the best match, in seconds of the recording.</param>
/// <param name="End">End of the best match, in seconds of the recording.</param>
/// <param name="Tempo">Tempo factor of the query version that matched (1 = the theme's own tempo); 1 in files without it.</param>
/// <param name="Transposition">Semitones the theme was shifted by to match; 0 in files without it.</param>
/// <param name="Matches">Every match reported in the recording, best first (the first is the one above); empty in files
/// without it.</param>
/// <param name="Location">Where the recording was indexed from: a full path or a Blob Storage URI; null (and not written)
/// in files without it.</param>
public sealed record RankedRecording(
    string Recording, double Cost, double Start, double End, double Tempo = 1, int Transposition = 0, IReadOnlyList<MatchedSpan>? Matches = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Location = null);
