namespace Leitmotif.Core.Themes;

/// <summary>A monophonic theme: notes in onset order, with remarks made while reading it (e.g. overlapping notes reduced).</summary>
/// <param name="Name">File name the theme came from (no folder).</param>
/// <param name="Notes">Non-overlapping notes sorted by onset.</param>
/// <param name="Remarks">Things the reader changed that the user should know about.</param>
public sealed record Theme(string Name, IReadOnlyList<Note> Notes, IReadOnlyList<string> Remarks)
{
    /// <summary>End of the last note, in seconds.</summary>
    public double DurationSeconds => Notes.Count == 0 ? 0 : Notes.Max(n => n.OnsetSeconds + n.DurationSeconds);
}
