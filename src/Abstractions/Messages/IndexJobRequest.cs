namespace Leitmotif.Abstractions.Messages;

/// <summary>An indexing job: the roots to walk (files, and folders searched recursively for audio) and the kind to compute.</summary>
/// <param name="Roots">Absolute paths of files and folders, readable by every silo.</param>
/// <param name="FeatureKind">The feature kind to compute.</param>
/// <param name="Precision">For <c>ctc:</c> kinds, the network's precision, <c>fp32</c> or <c>bf16</c>; null for each silo's
/// default (bf16 where its CPU runs it faster than fp32, else fp32).</param>
[GenerateSerializer, Immutable]
public sealed record IndexJobRequest(
    [property: Id(0)] IReadOnlyList<string> Roots,
    [property: Id(1)] string FeatureKind,
    [property: Id(2)] string? Precision = null);
