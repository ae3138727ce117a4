namespace Leitmotif.Abstractions.Messages;

/// <summary>One theme's query features: a frame-major chroma matrix per tempo factor.</summary>
/// <param name="ThemeIndex">Position of the theme in its batch.</param>
/// <param name="Versions">Frame-major 12-dimensional chroma, one array per tempo factor.</param>
/// <param name="TempoFactors">The tempo factor of each version (1 = notated tempo).</param>
/// <param name="FeatureRate">Frames per second (Hz).</param>
[GenerateSerializer, Immutable]
public sealed record QueryFeatures(
    [property: Id(0)] int ThemeIndex,
    [property: Id(1)] IReadOnlyList<float[]> Versions,
    [property: Id(2)] IReadOnlyList<double> TempoFactors,
    [property: Id(3)] double FeatureRate);
