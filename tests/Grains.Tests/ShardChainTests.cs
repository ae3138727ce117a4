using Leitmotif.Abstractions;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Shards;
using Microsoft.Extensions.DependencyInjection;

namespace Leitmotif.Grains.Tests;

/// <summary>A partition's recordings fill a chain of bounded shards, and a recording stays in the shard that took it.</summary>
public class ShardChainTests
{
    /// <summary>Five WAV files whose recording ids fall in one partition, and that partition.</summary>
    private static (List<string> Files, int Partition) FilesOfOnePartition(string folder)
    {
        var candidates = Enumerable.Range(0, 1000).Select(i => Path.Combine(folder, $"take{i:D3}.wav"))
            .GroupBy(p => ShardKeys.PartitionOf(RecordingIds.NameKey(Path.GetFileName(p))))
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

        Assert.Equal((5, 0), (first.Counts.Added, first.Counts.Unchanged));
        Assert.Equal((0, 5, 0), (again.Counts.Added, again.Counts.Unchanged, again.Counts.FeaturesComputed)); // each found in the shard that took it, none indexed twice
        Assert.Equal(3, (await catalog.GetChainLengthsAsync())[partition]);
        Assert.Equal([(0, 2), (1, 2), (2, 1)], shards.Select(s => (s.Generation, s.Recordings)));
        Assert.Equal(files.Order(StringComparer.Ordinal), (await ClusterWork.ListAsync(cluster.Client)).Select(r => r.Location));
    }

    [Fact]
    public async Task EachRecordingsStoredFeaturesComeFromTheOneShardOfItsChainThatHoldsIt()
    {
        using var folder = new TemporaryFolder();
        var (files, partition) = FilesOfOnePartition(folder.Sub("audio"));
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"), shardCapacity: 2);
        await ClusterWork.IndexAsync(cluster.Client, [folder.Sub("audio")]);
        var cens = new FeatureKindRegistry().Resolve(FeatureKindRegistry.Cens);

        foreach (var (id, file) in (await ClusterWork.ListAsync(cluster.Client)).Select(r => (r.Id, r.Location)))
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 3)
                .Select(g => cluster.Client.GetGrain<IShardGrain>(ShardKeys.Of(partition, g)).GetFeaturesAsync(id, FeatureKindRegistry.Cens)));
            var other = await cluster.Client.GetGrain<IShardGrain>(ShardKeys.Of(partition, 0)).GetFeaturesAsync(id, "cqt");

            var stored = Assert.Single(answers, a => a != null)!;
            var computed = RecordingFeatures.Compute(file, cens);
            Assert.Equal((id, file, 12, cens.FeatureRate), (stored.RecordingId, stored.Path, stored.Dimensions, stored.FeatureRate));
            Assert.Equal(computed.Data, stored.Data);
            Assert.Equal(1.0, stored.DurationSeconds, 3);
            Assert.Null(other); // indexed with cens only
        }
    }

    [Fact]
    public async Task AShardIndexedInManySmallRunsKeepsAtMostItsSegmentLimitAndEveryRecordingsFeatures()
    {
        using var folder = new TemporaryFolder();
        var (files, partition) = FilesOfOnePartition(folder.Sub("audio"));
        var data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data, services: s => s.Configure<ShardOptions>(o => o.MaxSegmentsPerKind = 2));
        var segments = Path.Combine(data, "shards", ShardKeys.Of(partition, 0), "cens");

        var stored = new List<int>();
        foreach (var file in files)
        {
            await ClusterWork.IndexAsync(cluster.Client, [file]); // one work item, so one segment, per run
            stored.Add(Directory.GetFiles(segments, "*.lms").Length);
        }
        var theme = new Abstractions.Messages.ThemeDefinition("rising",
            Enumerable.Range(0, 4).Select(i => new Abstractions.Messages.ThemeNote(i * 0.25, 0.25, 60 + i)).ToList());
        var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, [theme],
            new Abstractions.Messages.QueryOptions("cens", Top: 10, Transpose: false, TempoFactors: [1.0]));

        Assert.Equal([1, 2, 1, 2, 1], stored); // the third segment compacts all three into one, and so on
        Assert.Null(status.Error);
        Assert.Equal(files.Select(Path.GetFileName).Order(), rankings[0].Ranking.Select(m => m.Recording).Order());
    }
}
