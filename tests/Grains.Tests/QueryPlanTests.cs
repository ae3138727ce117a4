using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains.Tests;

public class QueryPlanTests
{
    private static List<ShardMatchRequest> Chunks(int count) =>
        Enumerable.Range(0, count).Select(c => new ShardMatchRequest($"chunk{c}", [], false, 1, 1)).ToList();

    private static int[] Chains(params (int Partition, int Length)[] chains)
    {
        var lengths = new int[ShardKeys.Partitions];
        foreach (var (partition, length) in chains) lengths[partition] = length;
        return lengths;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 4)]
    [InlineData(5, 3)]
    [InlineData(2, 16)]
    public void EveryChunkMeetsEveryShardOnceAndAShardsItemsFallWithinOneGroupsWindow(int chunkCount, int groupSize)
    {
        var chunks = Chunks(chunkCount);
        var plan = new QueryPlan(chunks, Chains((0, 2), (5, 1), (9, 3), (63, 1)), groupSize);
        var items = Enumerable.Range(0, plan.Count).Select(i => plan[i]).ToList();
        var shards = items.Select(i => i.Shard).Distinct().ToList();

        Assert.Equal(chunkCount * 7, plan.Count);
        Assert.Equal(7, shards.Count);
        Assert.Equal(plan.Count, items.Select(i => (i.Chunk.FeatureKind, i.Shard)).Distinct().Count());
        foreach (var shard in shards)
        {
            var positions = items.Select((item, index) => (item, index)).Where(p => p.item.Shard == shard).Select(p => p.index).ToList();
            Assert.InRange(positions[^1] - positions[0], 0, chunkCount * groupSize - 1); // loaded once while its group runs
        }
    }

    [Fact]
    public void ItemsInFlightTogetherGoToDifferentShards()
    {
        var plan = new QueryPlan(Chunks(3), Chains((0, 4), (1, 4)), groupSize: 4);

        for (int wave = 0; wave < plan.Count; wave += 4)
            Assert.Equal(4, Enumerable.Range(wave, 4).Select(i => plan[i].Shard).Distinct().Count());
    }
}
