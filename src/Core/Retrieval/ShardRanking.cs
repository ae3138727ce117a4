namespace Leitmotif.Core.Retrieval;

/// <summary>One theme's result in one shard: its best recordings there, and how its best costs spread over all of them.</summary>
/// <param name="Top">At most k entries in <see cref="TopK.Order"/>.</param>
/// <param name="Spread">The best cost of every recording of the shard that could hold the theme.</param>
public sealed record ShardRanking(IReadOnlyList<RankedMatch> Top, ScoreSpread Spread);
