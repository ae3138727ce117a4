namespace Leitmotif.Abstractions.Messages;

/// <summary>The ranked matches of one theme, best first.</summary>
/// <param name="Theme">The theme's name.</param>
/// <param name="Ranking">Its best recordings, best first.</param>
/// <param name="Confidence">The top match's confidence (<see cref="RecordingMatch.Confidence"/>); 0 without matches.</param>
[GenerateSerializer, Immutable]
public sealed record ThemeRanking(
    [property: Id(0)] string Theme,
    [property: Id(1)] IReadOnlyList<RecordingMatch> Ranking,
    [property: Id(2)] double Confidence);
