namespace Leitmotif.Abstractions.Messages;

/// <summary>All queries of a batch, sent once to each recording (not one message per theme).</summary>
[GenerateSerializer, Immutable]
public sealed record MatchRequest(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] IReadOnlyList<QueryFeatures> Queries,
    [property: Id(2)] bool Transpose);
