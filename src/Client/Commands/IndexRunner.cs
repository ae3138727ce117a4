using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary>Starts an indexing job on the cluster and follows it to the end with a progress bar.</summary>
public static class IndexRunner
{
    /// <summary>Indexes <paramref name="files"/> with <paramref name="featureKind"/>; returns the final progress.</summary>
    public static async Task<IndexProgress> RunAsync(IClusterClient client, IReadOnlyList<string> files, string featureKind,
        CancellationToken cancellationToken)
    {
        var job = client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(files, featureKind);
        return await ProgressDisplay.FollowAsync($"indexing ({featureKind})", async () =>
        {
            var progress = await job.GetProgressAsync();
            return (progress.Done, progress.Total, progress.Finished, progress);
        }, cancellationToken);
    }
}
