using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary>Starts an indexing job on the cluster and follows it to the end with a progress bar.</summary>
public static class IndexRunner
{
    /// <summary>Indexes the audio files under <paramref name="roots"/> (files, and folders searched recursively) with
    /// <paramref name="featureKind"/>; returns the final progress.</summary>
    public static async Task<IndexProgress> RunAsync(IClusterClient client, IReadOnlyList<string> roots, string featureKind,
        CancellationToken cancellationToken)
    {
        var job = client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(new IndexJobRequest(roots.Select(Path.GetFullPath).ToList(), featureKind));
        return await ProgressDisplay.FollowAsync($"indexing ({featureKind})", async () =>
        {
            var progress = await job.GetProgressAsync();
            return (progress.Done, progress.Total, progress.Finished, progress);
        }, cancellationToken);
    }

    /// <summary>One line per failure the job listed, and one for those it only counted.</summary>
    public static IEnumerable<string> FailureLines(IndexProgress progress) =>
        progress.Failures.Select(f => f.Reason)
            .Concat(progress.Failed > progress.Failures.Count
                ? [$"… and {progress.Failed - progress.Failures.Count} more failures not listed (only the first {IndexProgress.MaxListedFailures} are kept)"]
                : []);
}
