namespace Leitmotif.Abstractions.Messages;

/// <summary>A parsed monophonic theme, as the client read it from a file.</summary>
/// <param name="Name">The theme's file name, without folder.</param>
/// <param name="Notes">Notes sorted by onset.</param>
[GenerateSerializer, Immutable]
public sealed record ThemeDefinition([property: Id(0)] string Name, [property: Id(1)] IReadOnlyList<ThemeNote> Notes);
