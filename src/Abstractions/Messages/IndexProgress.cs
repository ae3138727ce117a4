namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of an indexing job.</summary>
/// <param name="Total">Recordings in the job.</param>
/// <param name="Indexed">Recordings whose features were computed in this job.</param>
/// <param name="Reused">Recordings whose stored features were reused.</param>
/// <param name="Failures">Recordings that failed, with reasons.</param>
/// <param name="Finished">Whether every recording has been handled.</param>
[GenerateSerializer, Immutable]
public sealed record IndexProgress(
    [property: Id(0)] int Total,
    [property: Id(1)] int Indexed,
    [property: Id(2)] int Reused,
    [property: Id(3)] IReadOnlyList<IndexFailure> Failures,
    [property: Id(4)] bool Finished)
{
    /// <summary>Recordings handled so far.</summary>
    public int Done => Indexed + Reused + Failures.Count;
}
