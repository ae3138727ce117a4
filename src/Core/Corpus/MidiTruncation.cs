using Leitmotif.Core.Themes;
using NAudio.Midi;

namespace Leitmotif.Core.Corpus;

/// <summary>Cuts a MIDI file after a time, so a synthesiser renders only the part that is kept.</summary>
public static class MidiTruncation
{
    /// <summary>
    /// Removes every event at or after <paramref name="seconds"/> (under the file's tempo map) and moves later end-of-track
    /// markers there; notes still sounding then are left open until the end, where the caller cuts the rendered audio.
    /// </summary>
    /// <param name="events">The file's events, changed in place; call <see cref="MidiEventCollection.PrepareForExport"/> before writing.</param>
    /// <param name="seconds">Length to keep in seconds, greater than 0.</param>
    public static void Apply(MidiEventCollection events, double seconds)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        long end = new MidiTempoMap(events, events.DeltaTicksPerQuarterNote).Ticks(seconds);
        for (int track = 0; track < events.Tracks; track++)
        {
            var list = events[track];
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (MidiEvent.IsEndTrack(list[i])) list[i].AbsoluteTime = Math.Min(list[i].AbsoluteTime, end);
                else if (list[i].AbsoluteTime >= end) list.RemoveAt(i);
            }
        }
    }
}
