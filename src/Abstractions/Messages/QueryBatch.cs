namespace Leitmotif.Abstractions.Messages;

/// <summary>Themes to look up in every indexed recording.</summary>
[GenerateSerializer, Immutable]
public sealed record QueryBatch([property: Id(0)] IReadOnlyList<ThemeDefinition> Themes, [property: Id(1)] QueryOptions Options);
