namespace Leitmotif.Core.Shards;

/// <summary>What indexing a group of a shard's recordings did.</summary>
/// <param name="Recordings">Recordings read, in the order given.</param>
/// <param name="Failures">Recordings that could not be indexed, each with a one-line reason naming the file.</param>
public sealed record ShardIndexingResult(IReadOnlyList<IndexedRecording> Recordings, IReadOnlyList<(string Path, string Reason)> Failures);
