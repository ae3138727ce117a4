namespace Leitmotif.Abstractions.Messages;

/// <summary>One shard as the catalog's directory knows it: counts only.</summary>
/// <param name="Key">The shard's key.</param>
/// <param name="Partition">Its partition.</param>
/// <param name="Generation">Its place in the partition's chain.</param>
/// <param name="Recordings">Recordings it holds.</param>
/// <param name="Seconds">Their total duration.</param>
/// <param name="FeatureKinds">Recordings with current features, per feature kind.</param>
[GenerateSerializer, Immutable]
public sealed record ShardInfo(
    [property: Id(0)] string Key,
    [property: Id(1)] int Partition,
    [property: Id(2)] int Generation,
    [property: Id(3)] int Recordings,
    [property: Id(4)] double Seconds,
    [property: Id(5)] IReadOnlyDictionary<string, int> FeatureKinds);
