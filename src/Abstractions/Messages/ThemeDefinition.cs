namespace Leitmotif.Abstractions.Messages;

/// <summary>A theme as the client read it: a parsed monophonic theme, or the features of an audio excerpt.</summary>
/// <param name="Name">The theme's file name, without folder.</param>
/// <param name="Notes">Notes sorted by onset; none for an audio theme.</param>
/// <param name="Chroma">An audio theme's features; null for a theme of notes.</param>
[GenerateSerializer, Immutable]
public sealed record ThemeDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<ThemeNote> Notes,
    [property: Id(2)] ThemeChroma? Chroma = null);
