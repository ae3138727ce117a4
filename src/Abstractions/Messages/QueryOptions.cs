namespace Leitmotif.Abstractions.Messages;

/// <summary>How to match a batch of themes.</summary>
/// <param name="FeatureKind">Feature kind to match with, e.g. <c>cens</c>.</param>
/// <param name="Top">How many recordings to keep per theme.</param>
/// <param name="Transpose">Try all 12 transpositions of each theme and keep the best.</param>
/// <param name="TempoFactors">Query tempi relative to the theme's notated tempo; the best is kept.</param>
/// <param name="Matches">Non-overlapping matches to report per recording (≥ 1).</param>
[GenerateSerializer, Immutable]
public sealed record QueryOptions(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] int Top,
    [property: Id(2)] bool Transpose,
    [property: Id(3)] IReadOnlyList<double> TempoFactors,
    [property: Id(4)] int Matches = 1);
