using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>
/// A query batch's work items in a fixed order: every theme chunk in every shard of the chains. The shards go in groups
/// of <paramref name="groupSize"/> (the number of items in flight at once), and a group's shards take every chunk before
/// the next group starts: items in flight together go to different shards, so to several silos, and a shard's features are
/// needed only while its group runs, so each is loaded once even when a silo's memory budget cannot hold all its shards.
/// </summary>
internal sealed class QueryPlan(IReadOnlyList<ShardMatchRequest> chunks, IReadOnlyList<int> chainLengths, int groupSize)
{
    private readonly IReadOnlyList<string> _shards = chainLengths
        .SelectMany((length, partition) => Enumerable.Range(0, length).Select(generation => ShardKeys.Of(partition, generation)))
        .ToList();

    /// <summary>Work items in the batch.</summary>
    public int Count => chunks.Count * _shards.Count;

    /// <summary>Work item <paramref name="index"/>: a chunk of themes and the shard to match it in.</summary>
    public (ShardMatchRequest Chunk, string Shard) this[int index]
    {
        get
        {
            int itemsPerGroup = chunks.Count * groupSize; // every group but the last is full
            int group = index / itemsPerGroup, local = index % itemsPerGroup;
            int shardsInGroup = Math.Min(groupSize, _shards.Count - group * groupSize);
            return (chunks[local / shardsInGroup], _shards[group * groupSize + local % shardsInGroup]);
        }
    }
}
