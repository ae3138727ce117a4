using NAudio.Midi;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Reads a theme from a Standard MIDI File (type 0 or 1): notes of all tracks and channels except channel 10 (drums),
/// timed by the file's tempo map, reduced to a monophonic line.
/// </summary>
/// <remarks>Standard MIDI Files 1.0; parsing by NAudio.Midi. Zalkow &amp; Müller, ISMIR 2020, use themes given as MIDI.</remarks>
public static class MidiThemeReader
{
    private const int DrumChannel = 10;

    /// <summary>Reads the theme in <paramref name="path"/>.</summary>
    /// <param name="path">MIDI file, type 0 or 1, metrical time division.</param>
    /// <returns>The theme in seconds, monophonic (see <see cref="Monophony.Skyline"/>), first onset at 0 s; remarks say
    /// which notes were ignored or changed.</returns>
    /// <exception cref="InputException">Missing, unreadable or unsupported file, or no notes.</exception>
    public static Theme Read(string path)
    {
        var (notes, remarks) = ReadNotes(path);
        return Monophony.ToTheme(path, notes, remarks);
    }

    /// <summary>
    /// Reads every note of <paramref name="path"/> (except drums) in seconds, as written: possibly overlapping, in file order.
    /// </summary>
    /// <param name="path">MIDI file, type 0 or 1, metrical time division.</param>
    /// <returns>The notes (onset and duration in seconds) and remarks on ignored notes.</returns>
    /// <exception cref="InputException">Missing, unreadable or unsupported file.</exception>
    internal static (List<Note> Notes, List<string> Remarks) ReadNotes(string path)
    {
        var midi = Open(path);
        var tempoMap = new MidiTempoMap(midi.Events, midi.DeltaTicksPerQuarterNote);
        var notes = new List<Note>();
        int drums = 0, unterminated = 0, empty = 0;
        foreach (var on in midi.Events.SelectMany(track => track).Where(MidiEvent.IsNoteOn).Cast<NoteOnEvent>())
        {
            if (on.Channel == DrumChannel) drums++;
            else if (on.OffEvent == null) unterminated++;
            else if (on.OffEvent.AbsoluteTime <= on.AbsoluteTime) empty++;
            else
            {
                double onset = tempoMap.Seconds(on.AbsoluteTime);
                notes.Add(new Note(onset, tempoMap.Seconds(on.OffEvent.AbsoluteTime) - onset, on.NoteNumber));
            }
        }

        var remarks = new List<string>();
        if (drums > 0) remarks.Add($"ignored {drums} drum notes (channel {DrumChannel})");
        if (unterminated > 0) remarks.Add($"ignored {unterminated} notes without a note-off");
        if (empty > 0) remarks.Add($"ignored {empty} notes of zero length");
        return (notes, remarks);
    }

    /// <summary>Opens a Standard MIDI File of type 0 or 1 with metrical time division.</summary>
    /// <param name="path">The MIDI file.</param>
    /// <returns>The parsed file (NAudio.Midi), note-ons paired with their note-offs.</returns>
    /// <exception cref="InputException">Missing, unreadable or unsupported file.</exception>
    internal static MidiFile Open(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "file not found");
        MidiFile midi;
        try
        {
            midi = new MidiFile(path, strictChecking: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(path, $"not a readable MIDI file ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        if (midi.FileFormat is not (0 or 1))
            throw new InputException(path, $"MIDI file type {midi.FileFormat} is not supported (expected type 0 or 1)");
        if (midi.DeltaTicksPerQuarterNote <= 0)
            throw new InputException(path, $"time division {midi.DeltaTicksPerQuarterNote} is not ticks per quarter note (SMPTE time is not supported)");

        return midi;
    }
}
