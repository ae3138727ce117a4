using NAudio.Midi;

namespace Leitmotif.Core.Demo;

/// <summary>
/// Writes a theme as a type-1 standard MIDI file: track 0 holds the tempo, track 1 the theme's notes
/// (channel 1, velocity <see cref="Velocity"/>), the first note at tick 0.
/// </summary>
public static class ThemeMidiFile
{
    /// <summary>Resolution of the written files, in ticks per quarter note.</summary>
    public const int TicksPerQuarterNote = 480;

    /// <summary>Velocity of every written note.</summary>
    public const int Velocity = 96;

    /// <summary>The set-tempo value written for a tempo: 60,000,000 / qpm, rounded.</summary>
    /// <param name="qpm">Tempo in quarter notes per minute.</param>
    /// <returns>Microseconds per quarter note.</returns>
    public static int MicrosecondsPerQuarterNote(double qpm) => (int)Math.Round(60_000_000 / qpm);

    /// <summary>Writes (or overwrites) a theme file at one tempo.</summary>
    /// <param name="path">Destination <c>.mid</c> path; its folder must exist.</param>
    /// <param name="name">Track name written into the melody track.</param>
    /// <param name="notes">Monophonic notes in onset order, in beats (quarter notes); shifted so the first starts at 0.</param>
    /// <param name="qpm">Tempo in quarter notes per minute.</param>
    public static void Write(string path, string name, IReadOnlyList<BeatNote> notes, double qpm)
    {
        if (notes.Count == 0) throw new ArgumentException($"theme {name} has no notes", nameof(notes));
        Write(path, name, notes, [new TempoChange(notes[0].Onset, qpm)]);
    }

    /// <summary>Writes (or overwrites) a theme file whose tempo changes.</summary>
    /// <param name="path">Destination <c>.mid</c> path; its folder must exist.</param>
    /// <param name="name">Track name written into the melody track.</param>
    /// <param name="notes">Monophonic notes in onset order, in beats (quarter notes); shifted so the first starts at 0.</param>
    /// <param name="tempi">Tempo changes in ascending beat order on the notes' beat axis, the first at or before the first
    /// onset. A set-tempo event is written where the tempo in effect changes; changes before the first onset fold into the
    /// one at tick 0.</param>
    public static void Write(string path, string name, IReadOnlyList<BeatNote> notes, IReadOnlyList<TempoChange> tempi)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(tempi);
        if (notes.Count == 0) throw new ArgumentException($"theme {name} has no notes", nameof(notes));
        if (tempi.Count == 0 || tempi[0].Beat > notes[0].Onset)
            throw new ArgumentException($"theme {name}: no tempo at its first onset, beat {notes[0].Onset}", nameof(tempi));

        var events = new MidiEventCollection(1, TicksPerQuarterNote);
        events.AddTrack();
        events.AddTrack();
        var first = notes[0].Onset;
        int? written = null;
        for (int i = 0; i < tempi.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tempi[i].Qpm);
            if (i > 0 && tempi[i].Beat < tempi[i - 1].Beat)
                throw new ArgumentException($"theme {name}: tempo change at beat {tempi[i].Beat} follows one at beat {tempi[i - 1].Beat}", nameof(tempi));
            if (i + 1 < tempi.Count && Ticks(tempi[i + 1].Beat - first) <= 0) continue;
            int microseconds = MicrosecondsPerQuarterNote(tempi[i].Qpm);
            if (microseconds == written) continue;
            events.AddEvent(new TempoEvent(microseconds, Math.Max(Ticks(tempi[i].Beat - first), 0)), 0);
            written = microseconds;
        }

        events.AddEvent(new TextEvent(name, MetaEventType.SequenceTrackName, 0), 1);
        foreach (var note in notes)
        {
            var (on, off) = (Ticks(note.Onset - first), Ticks(note.End - first));
            events.AddEvent(new NoteOnEvent(on, 1, note.Pitch, Velocity, (int)(off - on)), 1);
            events.AddEvent(new NoteEvent(off, 1, MidiCommandCode.NoteOff, note.Pitch, 0), 1);
        }

        events.PrepareForExport();
        MidiFile.Export(path, events);
    }

    private static long Ticks(double beats) => (long)Math.Round(beats * TicksPerQuarterNote);
}
