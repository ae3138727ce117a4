namespace Leitmotif.Abstractions.Messages;

/// <summary>How to match a batch of themes.</summary>
/// <param name="FeatureKind">Feature kind to match with, e.g. <c>cens</c>.</param>
/// <param name="Top">How many recordings to keep per theme.</param>
/// <param name="Transpose">Try all 12 transpositions of each theme and keep the best.</param>
/// <param name="TempoFactors">Query tempi relative to the theme's notated tempo; the best is kept.</param>
/// <param name="Matches">Non-overlapping matches to report per recording (≥ 1).</param>
/// <param name="Precision">For <c>ctc:</c> kinds, match only recordings whose features were computed in this precision
/// (<c>fp32</c> or <c>bf16</c>) on the engine a silo uses for it; null matches the features stored, whatever their path.</param>
[GenerateSerializer, Immutable]
public sealed record QueryOptions(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] int Top,
    [property: Id(2)] bool Transpose,
    [property: Id(3)] IReadOnlyList<double> TempoFactors,
    [property: Id(4)] int Matches = 1,
    [property: Id(5)] string? Precision = null);
