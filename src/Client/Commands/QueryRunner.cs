using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary>Submits a query batch to the cluster, follows it, and returns the merged rankings.</summary>
public static class QueryRunner
{
    /// <summary>Runs <paramref name="themes"/> against every recording indexed with the options' feature kind.</summary>
    /// <exception cref="Leitmotif.Core.InputException">The batch failed, e.g. because nothing is indexed.</exception>
    public static async Task<IReadOnlyList<ThemeRanking>> RunAsync(IClusterClient client, IReadOnlyList<ThemeDefinition> themes, QueryOptions options,
        CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var query = client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await query.StartAsync(new QueryBatch(themes, options));
        var status = await ProgressDisplay.FollowAsync($"matching {themes.Count} theme(s)", async () =>
        {
            var current = await query.GetStatusAsync();
            return (current.ItemsDone, current.ItemsTotal, current.Finished, current);
        }, cancellationToken);
        if (status.Error != null) throw new Leitmotif.Core.InputException("query", status.Error);
        var rankings = await query.GetResultsAsync();
        Console.Error.WriteLine($"matched {themes.Count} theme(s) against {status.Recordings} recording(s) in {clock.Elapsed.TotalSeconds:0.00} s");
        return rankings;
    }
}
