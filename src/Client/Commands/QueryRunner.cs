using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary>Submits a query batch to the cluster, follows its stream of updates (the progress bar names the shard last merged),
/// and returns the merged rankings.</summary>
public static class QueryRunner
{
    /// <summary>Runs <paramref name="themes"/> against every recording indexed with the options' feature kind.</summary>
    /// <exception cref="Leitmotif.Core.InputException">The batch failed, e.g. because nothing is indexed.</exception>
    public static async Task<IReadOnlyList<ThemeRanking>> RunAsync(IClusterClient client, IReadOnlyList<ThemeDefinition> themes, QueryOptions options,
        CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await IndexFormat.RequireCurrentAsync(client);
        var query = client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await query.StartAsync(new QueryBatch(themes, options));
        var last = await ProgressDisplay.FollowAsync($"matching {themes.Count} theme(s)",
            JobWatch.FollowAsync(query.WatchAsync, u => u.Status.Finished, cancellationToken),
            u => u.Status.ItemsTotal == 0 && !u.Status.Finished
                ? (0, -1, "planning the shards' work…") // the batch counts its work items once it has read the shard directory
                : (u.Status.ItemsDone, u.Status.ItemsTotal, u.Shard == null ? null : $"shard {u.Shard}"), cancellationToken);
        var status = last.Status;
        if (status.Error != null) throw new Leitmotif.Core.InputException("query", status.Error);
        var rankings = await query.GetResultsAsync();
        Console.Error.WriteLine($"matched {themes.Count} theme(s) against {status.Recordings} recording(s) in {clock.Elapsed.TotalSeconds:0.00} s");
        return rankings;
    }
}
