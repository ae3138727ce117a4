namespace Leitmotif.Core.Themes;

/// <summary>
/// Reduces possibly overlapping notes to a monophonic line (a skyline) and turns notes read from a file into a
/// <see cref="Theme"/>. Shared by every theme reader, so overlaps are handled the same way for every format.
/// </summary>
/// <remarks>Skyline melody extraction: Uitdenbogerd &amp; Zobel, ACM Multimedia 1998 (variant keeping the highest sounding note).</remarks>
public static class Monophony
{
    /// <summary>Times closer than this (seconds) count as equal, so beat-to-second rounding creates no overlaps.</summary>
    private const double Epsilon = 1e-9;

    /// <summary>
    /// Keeps the highest sounding note at each moment, in onset order. Of notes starting together the highest is kept
    /// (equal pitches: the longest). A note that starts while a kept note of higher pitch sounds is dropped; a kept note
    /// still sounding when a note of equal or higher pitch starts is cut there (and does not resume afterwards).
    /// </summary>
    /// <param name="notes">Notes in any order; times in seconds.</param>
    /// <returns>Non-overlapping notes sorted by onset, and how many input notes were dropped or shortened.</returns>
    /// <remarks>Uitdenbogerd &amp; Zobel 1998, "skyline" algorithm.</remarks>
    public static (IReadOnlyList<Note> Notes, int Changed) Skyline(IEnumerable<Note> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var line = new List<Note>();
        int changed = 0;
        foreach (var note in notes.OrderBy(n => n.OnsetSeconds).ThenByDescending(n => n.Pitch).ThenByDescending(n => n.DurationSeconds))
        {
            var last = line.Count > 0 ? line[^1] : null;
            if (last == null || last.OnsetSeconds + last.DurationSeconds <= note.OnsetSeconds + Epsilon)
            {
                line.Add(note);
                continue;
            }

            changed++;
            if (note.OnsetSeconds > last.OnsetSeconds + Epsilon && note.Pitch >= last.Pitch)
            {
                line[^1] = last with { DurationSeconds = note.OnsetSeconds - last.OnsetSeconds };
                line.Add(note);
            }
        }

        return (line, changed);
    }

    /// <summary>
    /// Builds a theme from the notes read from <paramref name="path"/>: reduced by <see cref="Skyline"/> (with a remark when
    /// that changed anything) and shifted so the first note starts at 0 s.
    /// </summary>
    /// <param name="path">File the notes came from; the theme is named after its file name.</param>
    /// <param name="notes">Notes in seconds, any order, possibly overlapping.</param>
    /// <param name="remarks">Remarks the reader already made; the skyline remark is appended.</param>
    /// <exception cref="InputException">There are no notes.</exception>
    public static Theme ToTheme(string path, IEnumerable<Note> notes, IEnumerable<string> remarks)
    {
        var (line, changed) = Skyline(notes);
        if (line.Count == 0) throw new InputException(path, "the theme has no notes");
        var allRemarks = remarks.ToList();
        if (changed > 0) allRemarks.Add($"overlapping notes: kept the highest sounding note ({changed} notes changed)");
        double start = line[0].OnsetSeconds;
        return new Theme(Path.GetFileName(path), line.Select(n => n with { OnsetSeconds = n.OnsetSeconds - start }).ToList(), allRemarks);
    }
}
