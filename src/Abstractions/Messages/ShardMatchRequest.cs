namespace Leitmotif.Abstractions.Messages;

/// <summary>
/// A chunk of a query batch's themes, sent twice to each shard: first to score every tempo version against every recording
/// (<paramref name="Populations"/> null; the answer is each version's cost spread), then, with the spreads of all shards
/// summed, to rank.
/// </summary>
/// <param name="FeatureKind">The feature kind to match with.</param>
/// <param name="Queries">The themes' query features (a chunk of at most about a megabyte).</param>
/// <param name="Transpose">Also try the 11 other transpositions.</param>
/// <param name="Top">How many recordings to return per theme.</param>
/// <param name="Matches">How many non-overlapping matches to return per recording.</param>
/// <param name="Populations">For ranking: per tempo version of the chunk (theme by theme, tempo by tempo), the spread of its
/// best costs over the whole collection; null for scoring.</param>
/// <param name="Precision">As <see cref="QueryOptions.Precision"/>: which stored features take part; null for all.</param>
/// <param name="ScoringWorkId">For ranking: the work id under which this shard scored the chunk, whose scores it may still
/// hold; null for scoring.</param>
[GenerateSerializer, Immutable]
public sealed record ShardMatchRequest(
    [property: Id(0)] string FeatureKind,
    [property: Id(1)] IReadOnlyList<QueryFeatures> Queries,
    [property: Id(2)] bool Transpose,
    [property: Id(3)] int Top,
    [property: Id(4)] int Matches,
    [property: Id(5)] IReadOnlyList<CostSpread>? Populations = null,
    [property: Id(6)] string? ScoringWorkId = null,
    [property: Id(7)] string? Precision = null);
