namespace Leitmotif.Abstractions.Messages;

/// <summary>The best match of one theme in one recording.</summary>
/// <param name="ThemeIndex">Position of the theme in its batch.</param>
/// <param name="Recording">Recording file name, without folder.</param>
/// <param name="Cost">Matching cost (lower is better).</param>
/// <param name="Start">Start of the matched span, seconds.</param>
/// <param name="End">End of the matched span, seconds.</param>
/// <param name="RecordingId">The recording's key, which tells apart recordings of the same file name.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingMatch(
    [property: Id(0)] int ThemeIndex,
    [property: Id(1)] string Recording,
    [property: Id(2)] double Cost,
    [property: Id(3)] double Start,
    [property: Id(4)] double End,
    [property: Id(5)] string RecordingId);
