using Leitmotif.Abstractions;

namespace Leitmotif.Grains.Tests;

/// <summary>A partition's recordings fill a chain of bounded shards, and a recording stays in the shard that took it.</summary>
public class ShardChainTests
{
    /// <summary>Five WAV files whose recording ids fall in one partition, and that partition.</summary>
    private static (List<string> Files, int Partition) FilesOfOnePartition(string folder)
    {
        var candidates = Enumerable.Range(0, 1000).Select(i => Path.Combine(folder, $"take{i:D3}.wav"))
            .GroupBy(p => ShardKeys.PartitionOf(RecordingIds.FromPath(p)))
            .First(g => g.Count() >= 5);
        var files = candidates.Take(5).ToList();
        var tones = ToneRecordings.Write(folder, count: 5, seconds: 1);
        for (int i = 0; i < 5; i++) File.Move(tones[i], files[i]);
        return (files, candidates.Key);
    }

    [Fact]
    public async Task FiveRecordingsOfOnePartitionFillAChainOfThreeShardsOfTwoAndAreFoundThereAgainWhenReindexed()
    {
        using var folder = new TemporaryFolder();
        var (files, partition) = FilesOfOnePartition(folder.Sub("audio"));
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"), shardCapacity: 2);
        var catalog = cluster.Client.GetGrain<ICatalogGrain>(CatalogNames.Default);

        var first = await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("audio")]);
        var again = await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("audio")]);
        var shards = (await catalog.GetShardsAsync()).Where(s => s.Partition == partition).ToList();

        Assert.Equal((5, 0), (first.Indexed, first.Reused));
        Assert.Equal((0, 5), (again.Indexed, again.Reused)); // each found in the shard that took it, none indexed twice
        Assert.Equal(3, (await catalog.GetChainLengthsAsync())[partition]);
        Assert.Equal([(0, 2), (1, 2), (2, 1)], shards.Select(s => (s.Generation, s.Recordings)));
        Assert.Equal(files.Order(StringComparer.Ordinal), (await ClusterWork.ListAsync(cluster.Client)).Select(r => r.Path));
    }
}
