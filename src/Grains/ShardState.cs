namespace Leitmotif.Grains;

/// <summary>Durable state of a shard: its recordings' metadata and the segments holding their features, bounded by <see cref="Abstractions.ShardKeys.Capacity"/> names.</summary>
[GenerateSerializer]
public sealed class ShardState
{
    /// <summary>Recordings by id.</summary>
    [Id(0)] public Dictionary<string, ShardRecording> Recordings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per feature kind, the numbers of its segments, oldest first.</summary>
    [Id(1)] public Dictionary<string, List<int>> Segments { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number the next segment gets.</summary>
    [Id(2)] public int NextSegment { get; set; }

    /// <summary>Set when the shard first turned a new name away: from then on it takes no new names, so a name offered to the
    /// next shard of the chain can never also land here, and every recording of a name stays in one shard.</summary>
    [Id(3)] public bool Sealed { get; set; }
}
