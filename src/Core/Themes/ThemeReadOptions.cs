namespace Leitmotif.Core.Themes;

/// <summary>Options for reading theme files.</summary>
/// <param name="CsvTempoQpm">Tempo in quarter notes per minute for CSV themes, whose times are in beats; &gt; 0.
/// MIDI files carry their own tempo.</param>
public sealed record ThemeReadOptions(double CsvTempoQpm = 100);
