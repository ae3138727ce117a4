using NAudio.Midi;

namespace Leitmotif.Core.Corpus;

/// <summary>Replaces every instrument of a MIDI file by one General MIDI program, for timbre variety.</summary>
/// <remarks>General MIDI Level 1 (program numbers 0–127; channel 10 is percussion and keeps its kit).</remarks>
public static class ProgramReplacement
{
    private const int DrumChannel = 10;

    /// <summary>
    /// Sets every program change to <paramref name="program"/> and adds one at tick 0 on every melodic channel that plays
    /// notes, so channels that relied on the default program change too.
    /// </summary>
    /// <param name="events">The file's events, changed in place; call <see cref="MidiEventCollection.PrepareForExport"/> before writing.</param>
    /// <param name="program">General MIDI program, 0–127 (0 = acoustic grand piano, 48 = string ensemble).</param>
    public static void Apply(MidiEventCollection events, int program)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(program);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(program, 127);
        var channels = new SortedSet<int>();
        for (int track = 0; track < events.Tracks; track++)
        {
            var list = events[track];
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] is PatchChangeEvent change && change.Channel != DrumChannel) change.Patch = program;
                if (MidiEvent.IsNoteOn(list[i]) && list[i].Channel != DrumChannel) channels.Add(list[i].Channel);
            }
        }

        foreach (var channel in channels) events[0].Insert(0, new PatchChangeEvent(0, channel, program));
    }
}
