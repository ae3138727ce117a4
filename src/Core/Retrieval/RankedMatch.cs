namespace Leitmotif.Core.Retrieval;

/// <summary>A theme's best match in one recording, as an entry of the theme's ranking.</summary>
/// <param name="ThemeIndex">The theme's position in its batch (<see cref="ThemeQuery.ThemeIndex"/>).</param>
/// <param name="RecordingId">The recording matched.</param>
/// <param name="Match">The match found in it by <see cref="RecordingMatcher.Best"/>.</param>
public sealed record RankedMatch(int ThemeIndex, string RecordingId, ScoredMatch Match);
