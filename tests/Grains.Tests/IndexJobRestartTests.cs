using Leitmotif.Abstractions;

namespace Leitmotif.Grains.Tests;

public class IndexJobRestartTests
{
    [Fact]
    public async Task AnIndexingJobInterruptedBySiloShutdownGoesOnFromItsReminderWhenTheSiloStartsAgainWithoutBeingAsked()
    {
        using var folder = new TemporaryFolder();
        var recordings = ToneRecordings.Write(folder.Sub("audio"), count: 8, seconds: 180);
        var data = folder.Sub("data");
        var jobId = Guid.NewGuid().ToString("N");

        int doneBeforeStop;
        await using (var first = await LeitmotifCluster.StartAsync(data))
        {
            var job = first.Client.GetGrain<IIndexJobGrain>(jobId);
            await job.StartAsync(new Abstractions.Messages.IndexJobRequest(recordings, "cens"));
            var progress = await job.GetProgressAsync();
            while (progress.Done == 0) progress = await job.GetProgressAsync();
            doneBeforeStop = progress.Done;
        }

        await using var second = await LeitmotifCluster.StartAsync(data);
        var resumed = second.Client.GetGrain<IIndexJobGrain>(jobId);
        var final = await resumed.GetProgressAsync();
        for (var deadline = DateTime.UtcNow.AddMinutes(2); !final.Finished && DateTime.UtcNow < deadline; await Task.Delay(50))
            final = await resumed.GetProgressAsync();
        var catalog = second.Client.GetGrain<ICatalogGrain>(CatalogNames.Default);

        Assert.InRange(doneBeforeStop, 1, recordings.Count - 1);
        Assert.True(final.Finished);
        Assert.Empty(final.Failures);
        Assert.Equal(recordings.Count, final.Counts.Added + final.Counts.Unchanged);
        Assert.Equal(recordings.Order(StringComparer.Ordinal), (await ClusterWork.ListAsync(second.Client, "cens")).Select(r => r.Location));
        Assert.Empty((await catalog.GetStatusAsync()).ActiveJobs);
    }
}
