using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains.Tests;

/// <summary>Drives indexing jobs and query batches to completion, as the command line does.</summary>
public static class ClusterWork
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<IndexProgress> IndexAsync(IClusterClient client, IReadOnlyList<string> files, string featureKind = "cens")
    {
        var job = client.GetGrain<IIndexJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(files, featureKind);
        return await UntilAsync(job.GetProgressAsync, p => p.Finished);
    }

    public static async Task<(QueryStatus Status, IReadOnlyList<ThemeRanking> Rankings)> QueryAsync(
        IClusterClient client, IReadOnlyList<ThemeDefinition> themes, QueryOptions options)
    {
        var query = client.GetGrain<IQueryGrain>(Guid.NewGuid());
        await query.StartAsync(new QueryBatch(themes, options));
        var status = await UntilAsync(query.GetStatusAsync, s => s.Finished);
        return (status, await query.GetResultsAsync());
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T>> poll, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (true)
        {
            var value = await poll();
            if (done(value)) return value;
            await Task.Delay(50, timeout.Token);
        }
    }
}
