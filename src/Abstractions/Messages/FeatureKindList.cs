namespace Leitmotif.Abstractions.Messages;

/// <summary>The feature kinds a silo can compute.</summary>
/// <param name="Kinds">Names users can pass to <c>--features</c>.</param>
/// <param name="Default">The kind used when none is named: the best available.</param>
/// <param name="Device">Where the chroma networks run (e.g. <c>cpu</c> or <c>cuda</c>).</param>
[GenerateSerializer, Immutable]
public sealed record FeatureKindList(
    [property: Id(0)] IReadOnlyList<string> Kinds,
    [property: Id(1)] string Default,
    [property: Id(2)] string Device);
