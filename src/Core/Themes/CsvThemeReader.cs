using System.Globalization;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Reads a theme from a CSV file with the header <c>onset,duration,pitch</c> (case and spaces ignored) and one note per line:
/// onset and duration in beats (quarter notes), pitch as a MIDI note number 0–127. Blank lines are skipped.
/// </summary>
/// <remarks>The note-list CSV format of the FMP notebooks (libfmp C1 <c>csv_to_list</c>), with times in beats.</remarks>
public static class CsvThemeReader
{
    private const string Header = "onset,duration,pitch";

    /// <summary>Reads the theme in <paramref name="path"/>, converting beats to seconds at <paramref name="tempoQpm"/>.</summary>
    /// <param name="path">CSV file.</param>
    /// <param name="tempoQpm">Tempo in quarter notes per minute, &gt; 0.</param>
    /// <returns>The theme, monophonic (see <see cref="Monophony.Skyline"/>), first onset at 0 s.</returns>
    /// <exception cref="InputException">Missing file, malformed line (<c>"line N: reason"</c>), or no notes.</exception>
    public static Theme Read(string path, double tempoQpm = 100)
    {
        if (!(tempoQpm > 0) || double.IsInfinity(tempoQpm))
            throw new ArgumentOutOfRangeException(nameof(tempoQpm), $"tempoQpm={tempoQpm} must be positive and finite");
        if (!File.Exists(path)) throw new InputException(path, "file not found");

        var lines = File.ReadAllLines(path);
        string found = lines.Length == 0 ? "an empty file" : $"'{lines[0]}'";
        if (lines.Length == 0 || !string.Concat(lines[0].Where(c => !char.IsWhiteSpace(c))).Equals(Header, StringComparison.OrdinalIgnoreCase))
            throw new InputException(path, $"line 1: expected the header '{Header}', found {found}");

        double secondsPerBeat = 60 / tempoQpm;
        var notes = new List<Note>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            string? error = ParseNote(lines[i], secondsPerBeat, out var note);
            if (error != null) throw new InputException(path, $"line {i + 1}: {error}");
            notes.Add(note!);
        }

        return Monophony.ToTheme(path, notes, []);
    }

    /// <summary>Parses one note line; returns the reason it is malformed, or null.</summary>
    private static string? ParseNote(string line, double secondsPerBeat, out Note? note)
    {
        note = null;
        var fields = line.Split(',').Select(f => f.Trim()).ToArray();
        if (fields.Length != 3) return $"expected 3 fields ({Header}), found {fields.Length}";
        if (!double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double onset) || !double.IsFinite(onset) || onset < 0)
            return $"onset '{fields[0]}' is not a number ≥ 0";
        if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double duration) || !double.IsFinite(duration) || duration <= 0)
            return $"duration '{fields[1]}' is not a number > 0";
        if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int pitch) || pitch is < 0 or > 127)
            return $"pitch '{fields[2]}' is not a MIDI note number 0–127";
        note = new Note(onset * secondsPerBeat, duration * secondsPerBeat, pitch);
        return null;
    }
}
