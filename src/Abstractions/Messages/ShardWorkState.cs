namespace Leitmotif.Abstractions.Messages;

/// <summary>Where a shard's background work stands, as a wait for it answers.</summary>
[GenerateSerializer]
public enum ShardWorkState
{
    /// <summary>This activation of the shard does not know the work (it was never started here, or its silo restarted).</summary>
    Unknown,

    /// <summary>Still running.</summary>
    Running,

    /// <summary>Finished; the result is complete.</summary>
    Finished,
}
