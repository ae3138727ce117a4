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

    /// <summary>Writes (or overwrites) a theme file.</summary>
    /// <param name="path">Destination <c>.mid</c> path; its folder must exist.</param>
    /// <param name="name">Track name written into the melody track.</param>
    /// <param name="notes">Monophonic notes in onset order, in beats (quarter notes); shifted so the first starts at 0.</param>
    /// <param name="qpm">Tempo in quarter notes per minute.</param>
    public static void Write(string path, string name, IReadOnlyList<BeatNote> notes, double qpm)
    {
        if (notes.Count == 0) throw new ArgumentException($"theme {name} has no notes", nameof(notes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(qpm);

        var events = new MidiEventCollection(1, TicksPerQuarterNote);
        events.AddTrack();
        events.AddTrack();
        events.AddEvent(new TempoEvent(MicrosecondsPerQuarterNote(qpm), 0), 0);
        events.AddEvent(new TextEvent(name, MetaEventType.SequenceTrackName, 0), 1);
        var first = notes[0].Onset;
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
