namespace Leitmotif.Abstractions.Messages;

/// <summary>A recording that could not be indexed, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record IndexFailure([property: Id(0)] string Path, [property: Id(1)] string Reason);
