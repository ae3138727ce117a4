using System.Globalization;
using System.Xml.Linq;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Reads a theme from a MusicXML score (<c>.musicxml</c>, <c>.xml</c>, compressed <c>.mxl</c>; partwise or timewise): one
/// part's sounding notes (see <see cref="ScorePartReader"/>), timed by the score's tempo marks, reduced to a monophonic line.
/// </summary>
/// <remarks>MusicXML 4.0 (W3C Music Notation Community Group). The part's own tempo marks hold, and those of the score's first
/// part, where conductors' marks usually stand.</remarks>
public static class MusicXmlThemeReader
{
    /// <summary>Reads the theme in <paramref name="path"/>.</summary>
    /// <param name="path">MusicXML file.</param>
    /// <param name="tempoQpm">Tempo in quarter notes per minute before the score's first tempo mark (throughout a score without
    /// one), &gt; 0.</param>
    /// <param name="part">The part to read: its 1-based number, name or id (case ignored); null for the first part.</param>
    /// <returns>The theme in seconds, monophonic (see <see cref="Monophony.Skyline"/>), first onset at 0 s; remarks say which
    /// part was read, which tempo held, and what was left out.</returns>
    /// <exception cref="InputException">Missing or malformed file, unknown part, or no notes.</exception>
    public static Theme Read(string path, double tempoQpm = 100, string? part = null)
    {
        if (!(tempoQpm > 0) || double.IsInfinity(tempoQpm))
            throw new ArgumentOutOfRangeException(nameof(tempoQpm), $"tempoQpm={tempoQpm} must be positive and finite");
        var score = MusicXmlFile.Open(path);
        var parts = Parts(score);
        if (parts.Count == 0) throw new InputException(path, "the score has no parts");
        int chosen = Choose(path, parts, part);

        var content = ScorePartReader.Read(path, parts[chosen].Label, parts[chosen].Measures);
        var marks = chosen == 0 ? content.TempoMarks
            : ScorePartReader.Read(path, parts[0].Label, parts[0].Measures).TempoMarks.Concat(content.TempoMarks).ToList();
        var tempoMap = new ScoreTempoMap(marks, tempoQpm);
        var notes = content.Notes.Select(n =>
        {
            double onset = tempoMap.Seconds(n.OnsetQuarters);
            return new Note(onset, tempoMap.Seconds(n.EndQuarters) - onset, n.Pitch);
        });

        var remarks = new List<string>();
        if (part == null && parts.Count > 1) remarks.Add($"read part {parts[chosen].Label} of {parts.Count}");
        remarks.AddRange(content.Remarks);
        double firstOnset = content.Notes.Count == 0 ? 0 : content.Notes.Min(n => n.OnsetQuarters);
        if (!marks.Any(m => m.Quarters <= firstOnset + 1e-9))
            remarks.Add(string.Create(CultureInfo.InvariantCulture, $"no tempo mark at the start: read at {tempoQpm:0.##} quarter notes per minute") +
                        (marks.Count > 0 ? " until the first" : ""));
        return Monophony.ToTheme(path, notes, remarks);
    }

    /// <summary>The score's parts in the order of its part list: label for messages, name, id, and measures.</summary>
    private static List<(string Label, string Name, string Id, IEnumerable<XElement> Measures)> Parts(XDocument score)
    {
        var root = score.Root!;
        bool timewise = root.Name.LocalName == "score-timewise";
        var ids = root.Element("part-list")?.Elements("score-part").Select(p => p.Attribute("id")?.Value ?? "").ToList() ?? [];
        if (!timewise) ids = ids.Union(root.Elements("part").Select(p => p.Attribute("id")?.Value ?? "")).ToList();
        return ids.Select((id, i) =>
        {
            string name = root.Element("part-list")?.Elements("score-part").FirstOrDefault(p => p.Attribute("id")?.Value == id)
                ?.Element("part-name")?.Value.Trim() ?? "";
            var measures = timewise
                ? root.Elements("measure").SelectMany(m => m.Elements("part").Where(p => p.Attribute("id")?.Value == id).Take(1))
                : root.Elements("part").Where(p => p.Attribute("id")?.Value == id).Take(1).Elements("measure");
            return ($"{i + 1} '{name}' ({id})", name, id, measures);
        }).ToList();
    }

    /// <summary>The index of the part <paramref name="part"/> names: a 1-based number, else a name, else an id.</summary>
    private static int Choose(string path, List<(string Label, string Name, string Id, IEnumerable<XElement> Measures)> parts, string? part)
    {
        if (part == null) return 0;
        string wanted = part.Trim();
        int index = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= parts.Count
            ? number - 1
            : parts.FindIndex(p => p.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (index < 0) index = parts.FindIndex(p => p.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index
            : throw new InputException(path, $"no part '{part}'; the parts are {string.Join(", ", parts.Select(p => p.Label))}");
    }
}
