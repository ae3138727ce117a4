using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Audio;
using Microsoft.Extensions.Options;

namespace Leitmotif.Grains;

/// <summary>
/// Walks the job's roots (local folders, or Blob Storage prefixes: <see cref="RecordingLocations"/>) root by root, a work item of up to <see cref="MaxItemSize"/> files at a time: each
/// item's files go to their partitions' shards (<see cref="ShardIndexRouting"/>), and after each item the cursor and counts
/// are checkpointed; at the end, recordings below the roots whose source is gone are dropped. The job's <see cref="JobReminder"/> continues it after the last item done when its silo restarts.
/// </summary>
public sealed class IndexJobGrain(
    [PersistentState("indexjob", StorageNames.Leitmotif)] IPersistentState<IndexJobState> state,
    RecordingLocations locations,
    IOptions<JobOptions> options) : Grain, IIndexJobGrain, IRemindable
{
    /// <summary>Files per work item at most; a small job uses smaller items so that its progress shows.</summary>
    public const int MaxItemSize = 256;

    private readonly ProgressFeed<IndexUpdate> _updates = new(u => u.Finished);
    private Task? _work;

    private IndexJobState S => state.State;

    public async Task StartAsync(IndexJobRequest request)
    {
        if (S.Request == null)
        {
            S.Request = request with { Roots = locations.Normalise(request.Roots) };
            await JobReminder.RegisterAsync(this, options.Value);
            await GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default).RegisterJobAsync(this.GetPrimaryKeyString());
            await state.SaveAsync();
        }
        if (!S.Finished) StartWork();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Request == null || S.Finished) return JobReminder.UnregisterAsync(this);
        StartWork();
        return Task.CompletedTask;
    }

    public Task<IndexProgress> GetProgressAsync() => Task.FromResult(new IndexProgress(Math.Max(S.Total, 0), S.Counts, S.Failures.ToList(), S.Finished));

    public IAsyncEnumerable<IndexUpdate> WatchAsync(CancellationToken cancellationToken) =>
        _updates.WatchAsync(() => new IndexUpdate(null, S.Total, S.Counts, S.Finished), cancellationToken);

    /// <summary>About fifty items a job, four to <see cref="MaxItemSize"/> files each.</summary>
    private int ItemSize => Math.Clamp(S.Total / 50, 4, MaxItemSize);

    private void StartWork()
    {
        if (_work is { IsCompleted: false }) return;
        _work = RunAsync();
    }

    private async Task RunAsync()
    {
        var request = S.Request!;
        var itemCounts = IndexCounts.None; // the current item's shards done so far, for the updates
        var routing = new ShardIndexRouting(GrainFactory, request.FeatureKind, request.Precision, (shard, part) =>
        {
            itemCounts += part.Counts;
            _updates.Publish(new IndexUpdate(shard, S.Total, S.Counts + itemCounts, false));
        });
        if (S.Total < 0)
        {
            S.Total = (int)await Task.Run(() => locations.Enumerate(request.Roots).LongCount());
            await state.SaveAsync();
            _updates.Publish(new IndexUpdate(null, S.Total, S.Counts, false));
        }
        // One walk for the whole run, resumed after the cursor once: starting it again per item would list again every folder
        // on the way to the cursor, which in a folder of many files costs as much as the item itself.
        using var walk = locations.Enumerate(request.Roots, S.CursorRoot, S.Cursor).GetEnumerator();
        while (true)
        {
            DelayDeactivation(TimeSpan.FromMinutes(10));
            int size = ItemSize;
            var item = await Task.Run(() => Next(walk, size));
            if (item.Count == 0) break;
            itemCounts = IndexCounts.None;
            var result = await IndexItemAsync(routing, item.Select(i => new IndexItem(i.Location, RecordingNames.RelativeTo(request.Roots[i.Root], i.Location))).ToList());
            S.Counts += result.Counts;
            S.Failures.AddRange(result.Failures.OrderBy(f => f.Path, AudioFileWalk.Order).Take(IndexProgress.MaxListedFailures - S.Failures.Count));
            (S.CursorRoot, S.Cursor) = item[^1];
            await state.SaveAsync();
        }
        var catalog = GrainFactory.GetGrain<ICatalogGrain>(CatalogNames.Default);
        var pruned = await ClusterRetry.RunAsync(() => catalog.PruneAsync(request.Roots)); // idempotent, so done again after a restart here
        S.Counts = S.Counts with { Removed = pruned.Removed.Sum() };
        S.Failures.AddRange(pruned.Failures.Take(IndexProgress.MaxListedFailures - S.Failures.Count));
        S.Finished = true;
        await state.SaveAsync();
        _updates.Publish(new IndexUpdate(null, S.Total, S.Counts, true));
        await ClusterRetry.RunAsync(() => catalog.CompleteJobAsync(this.GetPrimaryKeyString()));
        await ClusterRetry.RunAsync(() => JobReminder.UnregisterAsync(this));
    }

    private static List<(int Root, string Location)> Next(IEnumerator<(int Root, string Location)> walk, int count)
    {
        var item = new List<(int, string)>(count);
        while (item.Count < count && walk.MoveNext()) item.Add(walk.Current);
        return item;
    }

    /// <summary>Indexes one work item; a failure beyond the retries (or a bug) fails the item's files with its reason, and the job goes on.</summary>
    private async Task<ShardIndexResult> IndexItemAsync(ShardIndexRouting routing, IReadOnlyList<IndexItem> item)
    {
        var workId = $"{this.GetPrimaryKeyString()}/{S.Counts.Done}";
        try
        {
            return await routing.IndexAsync(workId, item);
        }
        catch (Exception e)
        {
            var reason = ClusterRetry.Describe(e);
            return new ShardIndexResult(ShardWorkState.Finished, IndexCounts.None with { Failed = item.Count },
                item.Select(i => new IndexFailure(i.Location, $"{i.Location}: {reason}")).ToList());
        }
    }
}
