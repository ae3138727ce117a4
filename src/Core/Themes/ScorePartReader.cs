using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Reads the measures of one MusicXML part in time order: a time cursor in quarter notes moves with every note, rest,
/// <c>backup</c> and <c>forward</c>; chord notes share the onset of the note before them; a measure ends where its
/// furthest voice ends. Durations come from <c>&lt;duration&gt;</c> in divisions, so dots and tuplets are already in them;
/// notes joined by <c>&lt;tie&gt;</c> become one; written pitches sound as the part's <c>&lt;transpose&gt;</c> says.
/// </summary>
/// <remarks>MusicXML 4.0 (W3C Music Notation Community Group): <c>note</c>, <c>backup</c>, <c>forward</c>,
/// <c>attributes/divisions</c>, <c>attributes/transpose</c>, <c>sound/@tempo</c>, <c>metronome</c>. Repeats are not expanded
/// (the written order is read once).</remarks>
internal sealed partial class ScorePartReader
{
    /// <summary>Ends of tied notes closer than this (quarter notes) to the next note's onset continue into it.</summary>
    private const double Epsilon = 1e-9;

    private static readonly Dictionary<string, int> StepSemitones = new() { ["C"] = 0, ["D"] = 2, ["E"] = 4, ["F"] = 5, ["G"] = 7, ["A"] = 9, ["B"] = 11 };
    private static readonly Dictionary<string, double> NoteTypeQuarters = new()
    {
        ["long"] = 16, ["breve"] = 8, ["whole"] = 4, ["half"] = 2, ["quarter"] = 1, ["eighth"] = 0.5,
        ["16th"] = 0.25, ["32nd"] = 0.125, ["64th"] = 0.0625, ["128th"] = 0.03125,
    };

    private readonly string _path;
    private readonly string _part;
    private readonly List<ScoreNote> _notes = [];
    private readonly List<(double, double)> _tempoMarks = [];
    private readonly Dictionary<int, int> _openTies = []; // sounding pitch → index in _notes of a note tied onwards
    private readonly Dictionary<int, int> _transposition = []; // staff (0: every staff) → semitones
    private string _measure = "?";
    private double _divisions; // per quarter note
    private double _cursor, _measureEnd, _lastOnset;
    private int _grace, _cue, _unpitched, _empty;
    private bool _repeats;

    private ScorePartReader(string path, string part) => (_path, _part) = (path, part);

    /// <summary>Reads a part's measures, in order.</summary>
    /// <param name="path">The score file, named in errors.</param>
    /// <param name="part">The part as errors name it, e.g. <c>1 'Flute' (P1)</c>.</param>
    /// <param name="measures">The part's measure elements (for a timewise score, its <c>part</c> element in each measure).</param>
    /// <exception cref="InputException">A note, backup or forward without a usable duration, a pitch that cannot be read, or
    /// durations before any <c>divisions</c>.</exception>
    public static ScorePartContent Read(string path, string part, IEnumerable<XElement> measures)
    {
        var reader = new ScorePartReader(path, part);
        foreach (var measure in measures) reader.ReadMeasure(measure);
        return new ScorePartContent(reader._notes, reader._tempoMarks, reader.Remarks());
    }

    private void ReadMeasure(XElement measure)
    {
        _measure = (measure.Attribute("number") ?? measure.Parent?.Attribute("number"))?.Value ?? "?";
        _measureEnd = _cursor;
        foreach (var element in measure.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "attributes": ReadAttributes(element); break;
                case "note": ReadNote(element); break;
                case "backup": _cursor -= Duration(element); break;
                case "forward": Advance(Duration(element)); break;
                case "direction": ReadTempo(element); break;
                case "sound": ReadTempo(element); break;
                case "barline": _repeats |= element.Element("repeat") != null || element.Element("ending") != null; break;
            }
        }
        _cursor = _measureEnd;
    }

    private void ReadAttributes(XElement attributes)
    {
        if (attributes.Element("divisions") is { } divisions)
        {
            _divisions = Number(divisions.Value) ?? 0;
            if (!(_divisions > 0)) throw Error($"<divisions> '{divisions.Value}' is not a positive number");
        }
        foreach (var transpose in attributes.Elements("transpose"))
        {
            double chromatic = Number(transpose.Element("chromatic")?.Value) ?? throw Error("<transpose> has no number in <chromatic>");
            int octaves = (int)(Number(transpose.Element("octave-change")?.Value) ?? 0);
            int staff = (int)(Number(transpose.Attribute("number")?.Value) ?? 0);
            if (staff == 0) _transposition.Clear();
            _transposition[staff] = (int)Math.Round(chromatic) + 12 * octaves;
        }
    }

    private void ReadNote(XElement note)
    {
        if (note.Element("grace") != null)
        {
            _grace++; // grace notes take no time of their own
            return;
        }
        double duration = Duration(note);
        double onset = note.Element("chord") != null ? _lastOnset : _cursor;
        if (note.Element("chord") == null)
        {
            _lastOnset = onset;
            Advance(duration);
        }
        if (note.Element("rest") != null) return;
        if (note.Element("cue") != null) _cue++;
        else if (note.Element("pitch") is not { } pitch) _unpitched++;
        else if (duration <= 0) _empty++;
        else AddNote(new ScoreNote(onset, duration, Pitch(pitch, note)), note.Elements("tie").Select(t => t.Attribute("type")?.Value).ToList());
    }

    /// <summary>Adds a note, or lengthens the note a tie carries into it.</summary>
    private void AddNote(ScoreNote note, List<string?> ties)
    {
        bool continues = ties.Contains("stop") && _openTies.TryGetValue(note.Pitch, out int open)
                         && Math.Abs(_notes[open].EndQuarters - note.OnsetQuarters) < Epsilon;
        if (continues)
        {
            int index = _openTies[note.Pitch];
            _notes[index] = _notes[index] with { DurationQuarters = note.EndQuarters - _notes[index].OnsetQuarters };
            if (!ties.Contains("start")) _openTies.Remove(note.Pitch);
        }
        else
        {
            _notes.Add(note);
            if (ties.Contains("start")) _openTies[note.Pitch] = _notes.Count - 1;
        }
    }

    private int Pitch(XElement pitch, XElement note)
    {
        string step = pitch.Element("step")?.Value.Trim() ?? "";
        if (!StepSemitones.TryGetValue(step, out int semitone)) throw Error($"pitch step '{step}' is not one of A–G");
        double alter = Number(pitch.Element("alter")?.Value) ?? 0;
        if (Number(pitch.Element("octave")?.Value) is not { } octave) throw Error($"pitch {step} has no octave");
        int staff = (int)(Number(note.Element("staff")?.Value) ?? 1);
        int transposition = _transposition.TryGetValue(staff, out int t) ? t : _transposition.GetValueOrDefault(0);
        int midi = 12 * ((int)octave + 1) + semitone + (int)Math.Round(alter) + transposition;
        if (midi is < 0 or > 127) throw Error($"pitch {step}{octave} (transposed {transposition:+0;-0;0}) is outside MIDI notes 0–127");
        return midi;
    }

    /// <summary>A tempo mark: <c>sound/@tempo</c> (quarter notes per minute) where given, else a metronome mark with a number.</summary>
    private void ReadTempo(XElement element)
    {
        var sound = element.Name.LocalName == "sound" ? element : element.Element("sound");
        if (Number(sound?.Attribute("tempo")?.Value) is > 0 and var tempo)
        {
            _tempoMarks.Add((_cursor, tempo));
            return;
        }
        var metronome = element.Elements("direction-type").Elements("metronome").FirstOrDefault();
        if (metronome?.Element("beat-unit")?.Value.Trim() is { } unit && NoteTypeQuarters.TryGetValue(unit, out double quarters)
            && PerMinute(metronome.Element("per-minute")?.Value) is > 0 and var perMinute)
        {
            int dots = metronome.Elements().TakeWhile(e => e.Name.LocalName != "per-minute").Count(e => e.Name.LocalName == "beat-unit-dot");
            _tempoMarks.Add((_cursor, perMinute * quarters * (2 - Math.Pow(0.5, dots))));
        }
    }

    private void Advance(double quarters)
    {
        _cursor += quarters;
        _measureEnd = Math.Max(_measureEnd, _cursor);
    }

    /// <summary>An element's <c>&lt;duration&gt;</c> in quarter notes.</summary>
    private double Duration(XElement element)
    {
        string name = element.Name.LocalName;
        if (Number(element.Element("duration")?.Value) is not (>= 0 and var divisions)) throw Error($"<{name}> has no duration");
        if (_divisions <= 0) throw Error($"<{name}> comes before any <divisions>");
        return divisions / _divisions;
    }

    private List<string> Remarks()
    {
        var remarks = new List<string>();
        if (_grace > 0) remarks.Add($"ignored {_grace} grace notes");
        if (_cue > 0) remarks.Add($"ignored {_cue} cue notes");
        if (_unpitched > 0) remarks.Add($"ignored {_unpitched} unpitched notes");
        if (_empty > 0) remarks.Add($"ignored {_empty} notes of zero length");
        if (_repeats) remarks.Add("repeats and endings are read once, as written");
        return remarks;
    }

    private InputException Error(string reason) => new(_path, $"part {_part}, measure {_measure}: {reason}");

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null;

    /// <summary>The first number of a per-minute text such as <c>120</c> or <c>c. 120</c>.</summary>
    private static double? PerMinute(string? text) => text == null ? null : Number(FirstNumber().Match(text).Value);

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex FirstNumber();
}
