using System.Globalization;

namespace Leitmotif.Core.Demo;

/// <summary>
/// A compact text notation for the demo melodies, so each one reads like a lead sheet. Bars are separated by
/// <c>|</c>. A note is <c>pitch[:beats]</c>, e.g. <c>F#4:1.5</c> (scientific pitch, C4 = MIDI 60, <c>#</c> sharp,
/// <c>b</c> flat) and lasts one beat when <c>:beats</c> is left out; <c>r:beats</c> is a rest. A chord is a root
/// letter with accidentals, <c>m</c> for minor (<c>Bb</c>, <c>F#m</c>); the chords of one bar share it equally.
/// A beat is a quarter note throughout.
/// </summary>
public static class DemoNotation
{
    private const double Tolerance = 1e-9;

    /// <summary>Parses one pitch such as <c>C4</c>, <c>F#4</c> or <c>Bb3</c>.</summary>
    /// <returns>MIDI note number (C4 = 60, A4 = 69).</returns>
    public static int ParsePitch(string text)
    {
        var (semitone, suffix) = ParseNoteName(text);
        if (!int.TryParse(suffix, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var octave))
            throw new ArgumentException($"pitch '{text}' needs an octave number after the note name", nameof(text));
        return 12 * (octave + 1) + semitone;
    }

    /// <summary>Parses a melody; every bar must last exactly <paramref name="beatsPerBar"/> beats (write a pickup as leading rests).</summary>
    /// <returns>Notes in onset order, onsets and durations in beats from the start of the first bar.</returns>
    public static IReadOnlyList<BeatNote> ParseNotes(string text, int beatsPerBar)
    {
        var notes = new List<BeatNote>();
        var bars = SplitBars(text);
        for (var bar = 0; bar < bars.Count; bar++)
        {
            var onset = (double)bar * beatsPerBar;
            foreach (var token in bars[bar])
            {
                var parts = token.Split(':');
                var beats = parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 1.0;
                if (parts.Length > 2 || beats <= 0)
                    throw new ArgumentException($"note '{token}' in bar {bar + 1} must be pitch[:beats] with beats > 0", nameof(text));
                if (parts[0] != "r") notes.Add(new BeatNote(onset, beats, ParsePitch(parts[0])));
                onset += beats;
            }

            var length = onset - (double)bar * beatsPerBar;
            if (Math.Abs(length - beatsPerBar) > Tolerance)
                throw new ArgumentException($"bar {bar + 1} lasts {length} beats, beatsPerBar={beatsPerBar}", nameof(text));
        }

        return notes;
    }

    /// <summary>Parses a chord progression; the chords written in one bar divide it into equal parts.</summary>
    /// <returns>Chords in onset order, onsets and durations in beats from the start of the first bar.</returns>
    public static IReadOnlyList<Chord> ParseChords(string text, int beatsPerBar)
    {
        var chords = new List<Chord>();
        var bars = SplitBars(text);
        for (var bar = 0; bar < bars.Count; bar++)
        {
            var duration = (double)beatsPerBar / bars[bar].Length;
            for (var i = 0; i < bars[bar].Length; i++)
            {
                var (semitone, suffix) = ParseNoteName(bars[bar][i]);
                var quality = suffix switch
                {
                    "" => ChordQuality.Major,
                    "m" => ChordQuality.Minor,
                    _ => throw new ArgumentException($"chord '{bars[bar][i]}' in bar {bar + 1}: only major and minor (m) are known", nameof(text)),
                };
                chords.Add(new Chord((double)bar * beatsPerBar + i * duration, duration, (semitone % 12 + 12) % 12, quality));
            }
        }

        return chords;
    }

    private static List<string[]> SplitBars(string text)
    {
        var bars = text.Split('|').Select(b => b.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (bars.Any(b => b.Length == 0))
            throw new ArgumentException($"empty bar in '{text}'", nameof(text));
        return bars;
    }

    /// <summary>Semitones above C of the letter and its accidentals (Cb = -1, B# = 12), and the text after them.</summary>
    private static (int Semitone, string Suffix) ParseNoteName(string text)
    {
        var natural = text.Length == 0 ? -1 : "C D EF G A B".IndexOf(text[0]);
        if (natural < 0 || text[0] == ' ')
            throw new ArgumentException($"'{text}' must start with a note letter A–G", nameof(text));
        var end = 1;
        var alteration = 0;
        for (; end < text.Length && text[end] is '#' or 'b'; end++) alteration += text[end] == '#' ? 1 : -1;
        return (natural + alteration, text[end..]);
    }
}
