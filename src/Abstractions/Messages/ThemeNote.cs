namespace Leitmotif.Abstractions.Messages;

/// <summary>One note of a theme: onset and duration in seconds, MIDI pitch.</summary>
[GenerateSerializer, Immutable]
public sealed record ThemeNote([property: Id(0)] double Onset, [property: Id(1)] double Duration, [property: Id(2)] int Pitch);
