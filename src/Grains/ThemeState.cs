using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of a theme grain.</summary>
[GenerateSerializer]
public sealed class ThemeState
{
    /// <summary>The theme as the client parsed it.</summary>
    [Id(0)] public ThemeDefinition? Theme { get; set; }
}
