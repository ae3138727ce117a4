namespace Leitmotif.Core.Demo;

/// <summary>A tempo that holds from a beat position until the next change, as a MIDI set-tempo event writes it.</summary>
/// <param name="Beat">Where the tempo starts, in beats (quarter notes) on the same axis as the notes' onsets.</param>
/// <param name="Qpm">Tempo in quarter notes per minute, greater than zero.</param>
public sealed record TempoChange(double Beat, double Qpm);
