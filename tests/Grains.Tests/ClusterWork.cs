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
        await job.StartAsync(new IndexJobRequest(files, featureKind));
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

    /// <summary>Every indexed recording (with features of <paramref name="featureKind"/> when given), ordered by location.</summary>
    public static async Task<IReadOnlyList<RecordingSummary>> ListAsync(IClusterClient client, string? featureKind = null)
    {
        var page = await client.GetGrain<ICatalogGrain>(CatalogNames.Default).ListAsync(0, 10_000);
        return page.Recordings.Where(r => featureKind == null || r.FeatureKinds.Contains(featureKind)).OrderBy(r => r.Location, StringComparer.Ordinal).ToList();
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
