namespace Leitmotif.Abstractions.Messages;

/// <summary>An indexing job: the roots to walk (files, and folders searched recursively for audio) and the kind to compute.</summary>
/// <param name="Roots">Absolute paths of files and folders, readable by every silo.</param>
/// <param name="FeatureKind">The feature kind to compute.</param>
[GenerateSerializer, Immutable]
public sealed record IndexJobRequest([property: Id(0)] IReadOnlyList<string> Roots, [property: Id(1)] string FeatureKind);
