using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Shards;

namespace Leitmotif.Grains.Tests;

/// <summary>Jobs stream their progress shard by shard to a watcher, ending with the finished job.</summary>
public class ProgressStreamTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Starts watching (the first update is the state before the job starts), runs <paramref name="start"/>, and
    /// collects every update to the end.</summary>
    private static async Task<List<T>> WatchWhileAsync<T>(IAsyncEnumerable<T> updates, Func<Task> start)
    {
        using var timeout = new CancellationTokenSource(Limit);
        await using var watch = updates.GetAsyncEnumerator(timeout.Token);
        Assert.True(await watch.MoveNextAsync());
        var seen = new List<T> { watch.Current };
        await start();
        while (await watch.MoveNextAsync()) seen.Add(watch.Current);
        return seen;
    }

    [Fact]
    public async Task AnIndexingJobReportsEveryShardItWroteAndEndsWithItsFinalCounts()
    {
        using var folder = new TemporaryFolder();
        var recordings = ToneRecordings.Write(folder.Sub("audio"), count: 12, seconds: 2);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        var job = cluster.Client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));

        var updates = await WatchWhileAsync(job.WatchAsync(), () => job.StartAsync(new IndexJobRequest(recordings, "cens")));
        var progress = await job.GetProgressAsync();
        var expectedShards = recordings.Select(p => ShardKeys.Of(ShardKeys.PartitionOf(RecordingIds.NameKey(Path.GetFileName(p))), 0)).ToHashSet();

        Assert.False(updates[0].Finished);
        Assert.True(updates[^1].Finished);
        Assert.Single(updates, u => u.Finished);
        Assert.Equal(expectedShards.Order(), updates.Where(u => u.Shard != null).Select(u => u.Shard!).Distinct().Order());
        Assert.Equal(updates.Select(u => u.Done).Order(), updates.Select(u => u.Done)); // never goes back
        Assert.Equal((12, 12, 0), (updates[^1].Total, updates[^1].Counts.Added, updates[^1].Counts.Failed));
        Assert.Equal(progress.Counts, updates[^1].Counts);
    }

    [Fact]
    public async Task AQueryBatchReportsOneUpdatePerWorkItemNamingItsShardAndEndsFinished()
    {
        using var folder = new TemporaryFolder();
        var recordings = ToneRecordings.Write(folder.Sub("audio"), count: 12, seconds: 2);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, recordings);
        var shards = (await cluster.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).GetShardsAsync()).Select(s => s.Key).ToList();
        var query = cluster.Client.GetGrain<IQueryGrain>(Guid.NewGuid());
        var theme = new ThemeDefinition("rising", Enumerable.Range(0, 4).Select(i => new ThemeNote(i * 0.5, 0.5, 60 + i)).ToList());

        var updates = await WatchWhileAsync(query.WatchAsync(),
            () => query.StartAsync(new QueryBatch([theme], new QueryOptions("cens", Top: 3, Transpose: false, TempoFactors: [1.0]))));
        var perShard = updates.Where(u => u.Shard != null).ToList();

        Assert.False(updates[0].Status.Finished);
        Assert.True(updates[^1].Status.Finished);
        Assert.Null(updates[^1].Status.Error);
        Assert.Equal(shards.Concat(shards).Order(), perShard.Select(u => u.Shard!).Order()); // one chunk: each shard once to score, once to rank
        Assert.Equal(Enumerable.Range(1, perShard.Count), perShard.Select(u => u.Status.ItemsDone));
        Assert.Equal(perShard.Count, updates[^1].Status.ItemsTotal);
    }
}
