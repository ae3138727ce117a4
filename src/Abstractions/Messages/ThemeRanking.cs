namespace Leitmotif.Abstractions.Messages;

/// <summary>The ranked matches of one theme, best first.</summary>
[GenerateSerializer, Immutable]
public sealed record ThemeRanking([property: Id(0)] string Theme, [property: Id(1)] IReadOnlyList<RecordingMatch> Ranking);
