using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>
/// A bounded group of recordings (key: <see cref="ShardKeys.Of"/>): their metadata, their features of every kind packed
/// in immutable segments, and matching of query batches against all of them. Long work is started by one call and
/// collected by short waits, so no call runs longer than the default response timeout.
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the items whose name this shard holds (every recording of a name lives in one shard), and items of new names
    /// while it has room, and starts indexing them with <paramref name="featureKind"/> in the background under
    /// <paramref name="workId"/>: each is added, updated or found unchanged, and its features computed unless current;
    /// returns at once. Starting the same work id again while it is known changes nothing. <paramref name="precision"/> is as
    /// in <see cref="IndexJobRequest.Precision"/>.
    /// </summary>
    /// <returns>The items not claimed: of names no shard held so far, and this one is full; the caller offers them to the next shard.</returns>
    Task<IReadOnlyList<IndexItem>> StartIndexAsync(string workId, IReadOnlyList<IndexItem> items, string featureKind, string? precision = null);

    /// <summary>Waits a few seconds for indexing work <paramref name="workId"/>.</summary>
    /// <returns>Its outcome when finished; <see cref="ShardWorkState.Running"/> while running; <see cref="ShardWorkState.Unknown"/>
    /// when this activation never started it (a restarted silo): start it again, the work is idempotent.</returns>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<ShardIndexResult> WaitIndexAsync(string workId, CancellationToken cancellationToken = default);

    /// <summary>Starts matching <paramref name="request"/>'s themes against every recording of this shard in the background.</summary>
    Task StartMatchAsync(string workId, ShardMatchRequest request);

    /// <summary>Waits a few seconds for matching work <paramref name="workId"/>: like <see cref="WaitIndexAsync"/>.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<ShardMatchResult> WaitMatchAsync(string workId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> of this shard's recordings from position <paramref name="offset"/>, ordered by location.</summary>
    Task<IReadOnlyList<RecordingSummary>> ListAsync(int offset, int limit);

    /// <summary>Recording <paramref name="recordingId"/>'s current features of <paramref name="featureKind"/>, or null when this
    /// shard holds none.</summary>
    Task<StoredFeatures?> GetFeaturesAsync(string recordingId, string featureKind);

    /// <summary>Drops the recordings at or below each of <paramref name="locations"/> (full paths of files or folders, or
    /// Blob Storage locations), with their features of every kind.</summary>
    Task<ShardRemoval> RemoveAsync(IReadOnlyList<string> locations);

    /// <summary>Drops the recordings whose source is gone, only those at or below <paramref name="under"/> when given, with
    /// their features of every kind.</summary>
    Task<ShardRemoval> PruneAsync(IReadOnlyList<string>? under);
}
