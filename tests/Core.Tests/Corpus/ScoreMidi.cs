using NAudio.Midi;

namespace Leitmotif.Core.Tests.Corpus;

/// <summary>Writes small hand-made score MIDI files: 480 ticks per quarter note, 120 quarter notes per minute, 4/4.</summary>
internal static class ScoreMidi
{
    private const int TicksPerQuarterNote = 480;

    /// <summary>Writes notes given as (onset, duration, pitch), onset and duration in quarter notes, on one track.</summary>
    public static void Write(string path, params (double Onset, double Duration, int Pitch)[] notes)
    {
        var events = new MidiEventCollection(1, TicksPerQuarterNote);
        events.AddTrack();
        events.AddTrack();
        events.AddEvent(new TempoEvent(500_000, 0), 0);
        events.AddEvent(new TimeSignatureEvent(0, 4, 2, 24, 8), 0);
        events.AddEvent(new PatchChangeEvent(0, 1, 0), 1);
        foreach (var (onset, duration, pitch) in notes)
        {
            long on = (long)(onset * TicksPerQuarterNote), off = (long)((onset + duration) * TicksPerQuarterNote);
            events.AddEvent(new NoteOnEvent(on, 1, pitch, 80, (int)(off - on)), 1);
            events.AddEvent(new NoteEvent(off, 1, MidiCommandCode.NoteOff, pitch, 0), 1);
        }

        events.PrepareForExport();
        MidiFile.Export(path, events);
    }
}
