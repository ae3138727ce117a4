using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.Output;
using Leitmotif.Core.Audio;

namespace Leitmotif.Client.Commands;

/// <summary>Starts an indexing job on the cluster and follows its stream of updates to the end, with a progress bar that names
/// the shard last done.</summary>
public static class IndexRunner
{
    /// <summary>Indexes the audio under <paramref name="roots"/> (full paths of files and folders, searched recursively, or
    /// Blob Storage locations) with <paramref name="featureKind"/>, networks in <paramref name="precision"/> (null: the
    /// silos' default); returns the final progress.</summary>
    public static async Task<IndexProgress> RunAsync(IClusterClient client, IReadOnlyList<string> roots, string featureKind,
        CancellationToken cancellationToken, string? precision = null)
    {
        await IndexFormat.RequireCurrentAsync(client);
        var job = client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(new IndexJobRequest(roots.Select(r => RecordingLocations.IsUri(r) ? r : Path.GetFullPath(r)).ToList(), featureKind, precision));
        await ProgressDisplay.FollowAsync($"indexing ({featureKind})",
            JobWatch.FollowAsync(job.WatchAsync, u => u.Finished, cancellationToken),
            u => (u.Done, u.Total, u.Total < 0 ? "listing recordings…" : u.Shard == null ? null : $"shard {u.Shard}"), cancellationToken);
        return await job.GetProgressAsync();
    }

    /// <summary>One line per failure the job listed, and one for those it only counted.</summary>
    public static IEnumerable<string> FailureLines(IndexProgress progress) =>
        progress.Failures.Select(f => f.Reason)
            .Concat(progress.Counts.Failed > progress.Failures.Count
                ? [$"… and {progress.Counts.Failed - progress.Failures.Count} more failures not listed (only the first {IndexProgress.MaxListedFailures} are kept)"]
                : []);
}
