namespace Leitmotif.Core.Shards;

/// <summary>What indexing a group of a shard's recordings did.</summary>
/// <param name="Computed">Recordings whose features were computed, in the order given.</param>
/// <param name="Reused">Recordings whose stored features were current.</param>
/// <param name="Failures">Recordings that could not be indexed, each with a one-line reason naming the file.</param>
public sealed record ShardIndexingResult(
    IReadOnlyList<ComputedRecording> Computed, int Reused, IReadOnlyList<(string Path, string Reason)> Failures);
