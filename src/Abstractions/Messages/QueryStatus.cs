namespace Leitmotif.Abstractions.Messages;

/// <summary>Progress of a query batch.</summary>
/// <param name="RecordingsDone">Recordings matched so far.</param>
/// <param name="RecordingsTotal">Recordings to match.</param>
/// <param name="Finished">Whether the results are complete.</param>
/// <param name="Error">Why the batch failed, if it did.</param>
[GenerateSerializer, Immutable]
public sealed record QueryStatus(
    [property: Id(0)] int RecordingsDone,
    [property: Id(1)] int RecordingsTotal,
    [property: Id(2)] bool Finished,
    [property: Id(3)] string? Error);
