namespace Leitmotif.Abstractions.Messages;

/// <summary>What removing recordings from the index did.</summary>
/// <param name="Removed">Recordings removed, per location given (one count when none was given).</param>
/// <param name="Remaining">Recordings the index holds afterwards.</param>
/// <param name="Failures">Recordings kept because whether their source is gone could not be told, each with its reason.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingRemoval(
    [property: Id(0)] IReadOnlyList<int> Removed,
    [property: Id(1)] int Remaining,
    [property: Id(2)] IReadOnlyList<IndexFailure> Failures);
