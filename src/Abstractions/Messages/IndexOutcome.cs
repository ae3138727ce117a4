namespace Leitmotif.Abstractions.Messages;

/// <summary>Result of indexing one recording: either its summary or the reason it failed.</summary>
/// <param name="Recording">The indexed recording, when it succeeded.</param>
/// <param name="Error">One-line reason, naming the file, when it failed.</param>
/// <param name="Reused">Whether stored features were reused instead of computed.</param>
[GenerateSerializer, Immutable]
public sealed record IndexOutcome(
    [property: Id(0)] RecordingSummary? Recording,
    [property: Id(1)] string? Error,
    [property: Id(2)] bool Reused);
