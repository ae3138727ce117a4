namespace Leitmotif.Abstractions.Messages;

/// <summary>The best match of one theme in one recording, and further non-overlapping ones when asked for.</summary>
/// <param name="ThemeIndex">Position of the theme in its batch.</param>
/// <param name="Recording">The recording's name: its path below the root it was indexed under, <c>/</c>-separated (a bare
/// file name in a flat folder).</param>
/// <param name="Cost">Matching cost of the best match (lower is better).</param>
/// <param name="Start">Start of the best match, seconds.</param>
/// <param name="End">End of the best match, seconds.</param>
/// <param name="RecordingId">The recording's key, which tells apart recordings of the same name.</param>
/// <param name="Transposition">Semitones the theme was shifted by to match.</param>
/// <param name="TempoFactor">Tempo factor of the query version that matched.</param>
/// <param name="Matches">Every match found, best first; the first is the one above.</param>
/// <param name="Confidence">How far the best match stands out from the same query version's costs in the other recordings,
/// in units of their spread.</param>
/// <param name="Location">Where the recording was last indexed from: a full path or a Blob Storage URI.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingMatch(
    [property: Id(0)] int ThemeIndex,
    [property: Id(1)] string Recording,
    [property: Id(2)] double Cost,
    [property: Id(3)] double Start,
    [property: Id(4)] double End,
    [property: Id(5)] string RecordingId,
    [property: Id(6)] int Transposition,
    [property: Id(7)] double TempoFactor,
    [property: Id(8)] IReadOnlyList<SpanMatch> Matches,
    [property: Id(9)] double Confidence,
    [property: Id(10)] string Location);
