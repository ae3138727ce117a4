namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of a query batch.</summary>
/// <param name="ItemsDone">Work items (a chunk of themes in one shard) done.</param>
/// <param name="ItemsTotal">Work items in the batch.</param>
/// <param name="Recordings">Recordings with features of the batch's kind when it started.</param>
/// <param name="Finished">Whether the results are complete.</param>
/// <param name="Error">Why the batch failed, if it did.</param>
[GenerateSerializer, Immutable]
public sealed record QueryStatus(
    [property: Id(0)] int ItemsDone,
    [property: Id(1)] int ItemsTotal,
    [property: Id(2)] int Recordings,
    [property: Id(3)] bool Finished,
    [property: Id(4)] string? Error);
