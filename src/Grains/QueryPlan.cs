using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>A query batch's work items in a fixed order: every theme chunk in every shard of the chains, chunk by chunk.</summary>
internal sealed class QueryPlan(IReadOnlyList<ShardMatchRequest> chunks, IReadOnlyList<int> chainLengths)
{
    private readonly IReadOnlyList<string> _shards = chainLengths
        .SelectMany((length, partition) => Enumerable.Range(0, length).Select(generation => ShardKeys.Of(partition, generation)))
        .ToList();

    /// <summary>Work items in the batch.</summary>
    public int Count => chunks.Count * _shards.Count;

    /// <summary>Work item <paramref name="index"/>: a chunk of themes and the shard to match it in.</summary>
    public (ShardMatchRequest Chunk, string Shard) this[int index] => (chunks[index / _shards.Count], _shards[index % _shards.Count]);
}
