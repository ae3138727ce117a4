namespace Leitmotif.Core.Themes;

/// <summary>What one part of a MusicXML score holds for a theme: its notes and tempo marks, and what was left out.</summary>
/// <param name="Notes">Sounding notes in file order, possibly overlapping (chords, voices), tied notes joined.</param>
/// <param name="TempoMarks">Tempo marks: position in quarter notes, quarter notes per minute.</param>
/// <param name="Remarks">Things left out that the user should know about (grace notes, cue notes, repeats).</param>
internal sealed record ScorePartContent(
    IReadOnlyList<ScoreNote> Notes,
    IReadOnlyList<(double Quarters, double Qpm)> TempoMarks,
    IReadOnlyList<string> Remarks);
