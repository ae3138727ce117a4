using System.Diagnostics;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Xunit.Abstractions;

namespace Leitmotif.Grains.Tests.Cluster;

/// <summary>Faults of a real three-process azure-mode cluster on Azurite: a killed silo, a restarted Azurite, a lost gateway.</summary>
[Collection(nameof(MultiProcessClusterCollection))]
public class ClusterFaultTests(MultiProcessCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan WorkLimit = TimeSpan.FromSeconds(150);

    private static readonly List<ThemeDefinition> Themes =
    [
        new("rising", Enumerable.Range(0, 8).Select(i => new ThemeNote(i * 0.5, 0.5, 57 + 2 * i)).ToList()),
        new("falling", Enumerable.Range(0, 8).Select(i => new ThemeNote(i * 0.5, 0.5, 76 - 2 * i)).ToList()),
    ];

    [SkippableFact]
    public async Task ASiloKilledWhileIndexingLeavesEveryRecordingIndexedExactlyOnceAndQueriesComplete()
    {
        cluster.SkipUnlessAvailable();
        await cluster.EnsureThreeSilosAsync();
        var recordings = ToneRecordings.Write(Directory.CreateDirectory(Path.Combine(cluster.Folder, "kill")).FullName, count: 24, seconds: 60);
        var clock = Stopwatch.StartNew();
        var job = cluster.Client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(new IndexJobRequest(recordings, "cens"));
        await Eventually.PollAsync(async () => (await job.GetProgressAsync()).Done > 0, WorkLimit, "first recordings indexed");

        var jobHost = await cluster.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(job);
        var victim = cluster.Silos.First(s => s.Running && jobHost != null && jobHost.Endpoint.Port == s.SiloPort);
        int doneAtKill = (await job.GetProgressAsync()).Done;
        victim.Kill();
        output.WriteLine($"killed the job's silo (port {victim.SiloPort}) after {doneAtKill}/24 at {clock.Elapsed.TotalSeconds:0.0} s");

        var final = await Eventually.PollAsync(job.GetProgressAsync, p => p.Finished, WorkLimit, "indexing finished");
        output.WriteLine($"indexing finished at {clock.Elapsed.TotalSeconds:0.0} s: {final.Counts}");
        var listed = (await ClusterWork.ListAsync(cluster.Client, "cens")).Where(r => recordings.Contains(r.Location)).Select(r => r.Location).ToList();
        var (status, rankings) = await QueryAsync(new QueryOptions("cens", Top: 100, Transpose: false, TempoFactors: [1.0]));
        output.WriteLine($"query finished at {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.InRange(doneAtKill, 1, 23);
        Assert.Empty(final.Failures);
        Assert.Equal(24, final.Counts.Added + final.Counts.Unchanged);
        Assert.Equal(recordings.Order(StringComparer.Ordinal), listed);
        Assert.Null(status.Error);
        Assert.All(rankings, r => Assert.Equal(recordings.Select(Path.GetFileName).Order(), r.Ranking.Select(m => m.Recording).Order()));
    }

    [SkippableFact]
    public async Task AQueryBatchDuringAnAzuriteRestartCompletesWithEveryRecordingRanked()
    {
        cluster.SkipUnlessAvailable();
        await cluster.EnsureThreeSilosAsync();
        var recordings = ToneRecordings.Write(Directory.CreateDirectory(Path.Combine(cluster.Folder, "restart")).FullName, count: 12, seconds: 60);
        var indexed = await Eventually.PollAsync(async () =>
        {
            var job = cluster.Client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
            await job.StartAsync(new IndexJobRequest(recordings, "cqt"));
            return await Eventually.PollAsync(job.GetProgressAsync, p => p.Finished, WorkLimit, "indexing finished");
        }, _ => true, WorkLimit, "indexing");
        Assert.Empty(indexed.Failures);
        // Azurite saves its blob index every 5 s, so a kill loses what was written just before: wait for the index's writes to
        // be saved, since durable storage never loses what it acknowledged.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var clock = Stopwatch.StartNew();
        var query = cluster.Client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await query.StartAsync(new QueryBatch(Themes, new QueryOptions("cqt", Top: 100, Transpose: true, TempoFactors: [0.5, 1.0, 2.0])));
        var atRestart = await query.GetStatusAsync();
        await cluster.Azurite!.RestartAsync(TimeSpan.FromSeconds(2));
        output.WriteLine($"Azurite restarted at {clock.Elapsed.TotalSeconds:0.0} s with the batch at {atRestart.ItemsDone}/{atRestart.ItemsTotal} work items");

        var status = await Eventually.PollAsync(query.GetStatusAsync, s => s.Finished, WorkLimit, "batch finished");
        var rankings = await Eventually.PollAsync(query.GetResultsAsync, _ => true, WorkLimit, "results");
        output.WriteLine($"batch finished at {clock.Elapsed.TotalSeconds:0.0} s: {status.Error ?? "complete"}");

        Assert.Null(status.Error);
        Assert.Equal(status.ItemsTotal, status.ItemsDone);
        Assert.All(rankings, r => Assert.Equal(status.Recordings, r.Ranking.Count));
    }

    [SkippableFact]
    public async Task AQueryBatchWhoseCoordinatorsSiloIsKilledCompletesWithoutBeingSubmittedAgainAndRanksAsAnUndisturbedBatch()
    {
        cluster.SkipUnlessAvailable();
        await cluster.EnsureThreeSilosAsync();
        var recordings = ToneRecordings.Write(Directory.CreateDirectory(Path.Combine(cluster.Folder, "coordinator")).FullName, count: 12, seconds: 60);
        var indexed = await ClusterWork.IndexAsync(cluster.Client, recordings, "cqt");
        Assert.Empty(indexed.Failures);
        // Enough themes, transpositions and tempi that the batch is still running when its coordinator's silo is killed.
        var random = new Random(11);
        var themes = Enumerable.Range(0, 40).Select(t => new ThemeDefinition($"theme{t:D3}",
            Enumerable.Range(0, 8).Select(i => new ThemeNote(i * 0.5, 0.5, random.Next(55, 80))).ToList())).ToList();
        var batch = new QueryBatch(themes, new QueryOptions("cqt", Top: 5, Transpose: true, TempoFactors: [0.8, 1.0, 1.25]));
        var clock = Stopwatch.StartNew();
        var query = cluster.Client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await query.StartAsync(batch);
        await Eventually.PollAsync(async () => (await query.GetStatusAsync()).ItemsDone > 0, WorkLimit, "first work items done");

        var coordinatorHost = await cluster.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(query);
        var victim = cluster.Silos.First(s => s.Running && coordinatorHost != null && coordinatorHost.Endpoint.Port == s.SiloPort);
        var atKill = await query.GetStatusAsync();
        victim.Kill();
        output.WriteLine($"killed the coordinator's silo (port {victim.SiloPort}) at {atKill.ItemsDone}/{atKill.ItemsTotal} items, {clock.Elapsed.TotalSeconds:0.0} s");
        // Only status is read from here on; reading status never starts work, so only the batch's reminder can finish it.
        var status = await Eventually.PollAsync(query.GetStatusAsync, s => s.Finished, WorkLimit, "batch finished after the kill");
        var rankings = await query.GetResultsAsync();
        output.WriteLine($"batch finished at {clock.Elapsed.TotalSeconds:0.0} s");
        var (referenceStatus, reference) = await ClusterWork.QueryAsync(cluster.Client, themes, batch.Options);

        Assert.False(atKill.Finished);
        Assert.Null(status.Error);
        Assert.Null(referenceStatus.Error);
        Assert.Equal(status.ItemsTotal, status.ItemsDone);
        Assert.Equal(Summary(reference), Summary(rankings));
    }

    private static IEnumerable<string> Summary(IReadOnlyList<ThemeRanking> rankings) =>
        rankings.SelectMany(r => r.Ranking.Select(m => $"{r.Theme} {m.RecordingId} {m.Cost:R} {m.Start:R}"));

    [SkippableFact]
    public async Task AClientThatLosesItsGatewaySiloReconnectsToAnother()
    {
        cluster.SkipUnlessAvailable();
        await cluster.EnsureThreeSilosAsync();
        using var host = cluster.NewClientHost();
        await host.StartAsync().WaitAsync(MultiProcessCluster.JoinLimit);
        var client = (IClusterClient)host.Services.GetService(typeof(IClusterClient))!;
        var catalog = client.GetGrain<ICatalogGrain>(CatalogNames.Default);
        await catalog.GetStatusAsync();
        var clock = Stopwatch.StartNew();

        foreach (var silo in cluster.Silos.Where(s => s.Running).Take(2).ToList()) silo.Kill();
        var hosts = await Eventually.PollAsync(() => client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true), h => h.Count == 1,
            WorkLimit, "the two killed silos declared dead");
        var status = await Eventually.PollAsync(catalog.GetStatusAsync, _ => true, WorkLimit, "the catalog answering again");
        output.WriteLine($"client answered through the last silo {clock.Elapsed.TotalSeconds:0.0} s after two of three were killed");
        await host.StopAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(cluster.Silos.Single(s => s.Running).SiloPort, hosts.Keys.Single().Endpoint.Port);
        Assert.NotNull(status);
    }

    private async Task<(QueryStatus, IReadOnlyList<ThemeRanking>)> QueryAsync(QueryOptions options)
    {
        var query = cluster.Client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await Eventually.PollAsync(async () => { await query.StartAsync(new QueryBatch(Themes, options)); return true; }, WorkLimit, "batch started");
        var status = await Eventually.PollAsync(query.GetStatusAsync, s => s.Finished, WorkLimit, "batch finished");
        return (status, await query.GetResultsAsync());
    }
}

/// <summary>The multi-process cluster is shared by the fault tests, which run one after another.</summary>
[CollectionDefinition(nameof(MultiProcessClusterCollection))]
public sealed class MultiProcessClusterCollection : ICollectionFixture<MultiProcessCluster>;
