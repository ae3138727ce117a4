namespace Leitmotif.Abstractions.Messages;

/// <summary>What indexing did to the recordings it handled, as the index summary line reports it.</summary>
/// <param name="Added">Recordings the index did not hold.</param>
/// <param name="Updated">Recordings whose content changed since they were indexed, indexed again.</param>
/// <param name="Unchanged">Recordings held with the same content (also when found at a new location).</param>
/// <param name="Removed">Recordings dropped because their source is gone.</param>
/// <param name="Failed">Recordings that could not be indexed.</param>
/// <param name="FeaturesComputed">Recordings whose features were computed: the added and updated ones, and unchanged ones
/// without current features of the job's kind.</param>
[GenerateSerializer, Immutable]
public sealed record IndexCounts(
    [property: Id(0)] int Added,
    [property: Id(1)] int Updated,
    [property: Id(2)] int Unchanged,
    [property: Id(3)] int Removed,
    [property: Id(4)] int Failed,
    [property: Id(5)] int FeaturesComputed)
{
    /// <summary>No recording handled: a new instance each time, because the JSON grain storage fills a state's existing
    /// property values in place, init-only ones included, and would change a shared one.</summary>
    public static IndexCounts None => new(0, 0, 0, 0, 0, 0);

    /// <summary>Recordings handled: added, updated, unchanged or failed.</summary>
    public int Done => Added + Updated + Unchanged + Failed;

    /// <summary>The counts of both.</summary>
    public static IndexCounts operator +(IndexCounts a, IndexCounts b) => new(a.Added + b.Added, a.Updated + b.Updated,
        a.Unchanged + b.Unchanged, a.Removed + b.Removed, a.Failed + b.Failed, a.FeaturesComputed + b.FeaturesComputed);

    /// <summary>The summary line: <c>added 2, updated 1, unchanged 9, removed 0, failed 0</c>.</summary>
    public override string ToString() => $"added {Added}, updated {Updated}, unchanged {Unchanged}, removed {Removed}, failed {Failed}";
}
