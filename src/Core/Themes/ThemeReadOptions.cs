namespace Leitmotif.Core.Themes;

/// <summary>Options for reading theme files.</summary>
/// <param name="TempoQpm">Tempo in quarter notes per minute, &gt; 0: of CSV themes, whose times are in beats, and of MusicXML
/// themes before their first tempo mark. MIDI files carry their own tempo.</param>
/// <param name="Part">The part of MusicXML themes to read: 1-based number, name or id; null for the first part.</param>
public sealed record ThemeReadOptions(double TempoQpm = 100, string? Part = null);
