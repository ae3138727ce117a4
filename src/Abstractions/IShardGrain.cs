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
    /// Claims the paths this shard holds, and new ones while it has room, and starts computing or reusing their features of
    /// <paramref name="featureKind"/> in the background under <paramref name="workId"/>; returns at once. Starting the same
    /// work id again while it is known changes nothing. <paramref name="precision"/> is as in
    /// <see cref="IndexJobRequest.Precision"/>.
    /// </summary>
    /// <returns>The paths not claimed: held by no shard so far and this one is full; the caller offers them to the next shard.</returns>
    Task<IReadOnlyList<string>> StartIndexAsync(string workId, IReadOnlyList<string> paths, string featureKind, string? precision = null);

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

    /// <summary>Up to <paramref name="limit"/> of this shard's recordings from position <paramref name="offset"/>, ordered by path.</summary>
    Task<IReadOnlyList<RecordingSummary>> ListAsync(int offset, int limit);

    /// <summary>Recording <paramref name="recordingId"/>'s current features of <paramref name="featureKind"/>, or null when this
    /// shard holds none.</summary>
    Task<StoredFeatures?> GetFeaturesAsync(string recordingId, string featureKind);
}
