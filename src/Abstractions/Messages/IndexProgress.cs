namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of an indexing job.</summary>
/// <param name="Total">Audio files under the job's roots.</param>
/// <param name="Counts">What the job did so far.</param>
/// <param name="Failures">The first <see cref="MaxListedFailures"/> failures, with reasons.</param>
/// <param name="Finished">Whether every recording has been handled.</param>
[GenerateSerializer, Immutable]
public sealed record IndexProgress(
    [property: Id(0)] int Total,
    [property: Id(1)] IndexCounts Counts,
    [property: Id(2)] IReadOnlyList<IndexFailure> Failures,
    [property: Id(3)] bool Finished)
{
    /// <summary>Failures kept with their reasons; past these only the count grows, so the job's state stays bounded.</summary>
    public const int MaxListedFailures = 1000;

    /// <summary>Recordings handled so far.</summary>
    public int Done => Counts.Done;
}
