namespace Leitmotif.Abstractions.Messages;

/// <summary>The features of an audio theme (query by example), computed by the client with the kind the query uses.</summary>
/// <param name="FeatureKind">The kind they were computed with, e.g. <c>cens</c>.</param>
/// <param name="Version">The kind's version where they were computed; the cluster's must be the same.</param>
/// <param name="Data">Frame-major features, 12 values per frame.</param>
/// <param name="FeatureRate">Frames per second (Hz).</param>
[GenerateSerializer, Immutable]
public sealed record ThemeChroma(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] string Version,
    [property: Id(2)] float[] Data,
    [property: Id(3)] double FeatureRate);
