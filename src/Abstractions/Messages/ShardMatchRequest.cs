namespace Leitmotif.Abstractions.Messages;

/// <summary>A chunk of a query batch's themes, sent once to each shard.</summary>
/// <param name="FeatureKind">The feature kind to match with.</param>
/// <param name="Queries">The themes' query features (a chunk of at most about a megabyte).</param>
/// <param name="Transpose">Also try the 11 other transpositions.</param>
/// <param name="Top">How many recordings to return per theme.</param>
/// <param name="Matches">How many non-overlapping matches to return per recording.</param>
[GenerateSerializer, Immutable]
public sealed record ShardMatchRequest(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] IReadOnlyList<QueryFeatures> Queries,
    [property: Id(2)] bool Transpose,
    [property: Id(3)] int Top,
    [property: Id(4)] int Matches);
