using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;
using NAudio.Midi;

namespace Leitmotif.Core.Tests.Themes;

public sealed class MidiThemeReaderTests : IDisposable
{
    private const int TicksPerQuarterNote = 480;
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private readonly record struct MidiNote(int Track, int Channel, long Tick, int Pitch, int LengthTicks);

    private string WriteMidi(string name, int fileType, (long Tick, int MicrosecondsPerQuarterNote)[] tempi, params MidiNote[] notes)
    {
        var events = new MidiEventCollection(fileType, TicksPerQuarterNote);
        int tracks = notes.Max(n => n.Track) + 1;
        for (int track = 0; track < tracks; track++) events.AddTrack();
        foreach (var (tick, microseconds) in tempi) events.AddEvent(new TempoEvent(microseconds, tick), 0);
        foreach (var note in notes)
        {
            var on = new NoteOnEvent(note.Tick, note.Channel, note.Pitch, 100, note.LengthTicks);
            events.AddEvent(on, note.Track);
            events.AddEvent(on.OffEvent!, note.Track);
        }

        for (int track = 0; track < events.Tracks; track++)
        {
            long end = events[track].Select(e => e.AbsoluteTime).DefaultIfEmpty(0).Max();
            events.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, end), track);
        }

        events.PrepareForExport();
        string path = _folder.File(name);
        MidiFile.Export(path, events);
        return path;
    }

    [Fact]
    public void ReadType1FollowsATempoChangeAndStartsAtTheFirstNote()
    {
        // 120 qpm until tick 1440 (1.5 s), then 60 qpm; the first note starts at tick 480 (0.5 s).
        string path = WriteMidi("tempo.mid", 1, [(0, 500_000), (1440, 1_000_000)],
            new MidiNote(1, 1, 480, 60, 480),
            new MidiNote(1, 1, 960, 62, 480),
            new MidiNote(1, 1, 1440, 64, 480),
            new MidiNote(2, 2, 1920, 65, 240));

        var theme = MidiThemeReader.Read(path);

        Assert.Equal("tempo.mid", theme.Name);
        Assert.Equal(
            [new Note(0, 0.5, 60), new Note(0.5, 0.5, 62), new Note(1.0, 1.0, 64), new Note(2.0, 0.5, 65)],
            theme.Notes);
        Assert.Empty(theme.Remarks);
    }

    [Fact]
    public void ReadHonoursATempoChangeInsideANote()
    {
        // 120 qpm until tick 480 (0.5 s), then 60 qpm: a note over ticks 240–720 lasts 0.25 s + 0.5 s.
        string path = WriteMidi("inside.mid", 1, [(480, 1_000_000)],
            new MidiNote(1, 1, 0, 60, 240),
            new MidiNote(1, 1, 240, 62, 480));

        var theme = MidiThemeReader.Read(path);

        Assert.Equal([new Note(0, 0.25, 60), new Note(0.25, 0.75, 62)], theme.Notes);
    }

    [Fact]
    public void ReadType0DefaultsTo120QpmAndIgnoresDrums()
    {
        string path = WriteMidi("type0.mid", 0, [],
            new MidiNote(0, 1, 0, 60, 960),
            new MidiNote(0, 10, 0, 80, 960),
            new MidiNote(0, 3, 960, 62, 480));

        var theme = MidiThemeReader.Read(path);

        Assert.Equal([new Note(0, 1, 60), new Note(1, 0.5, 62)], theme.Notes);
        Assert.Equal(["ignored 1 drum notes (channel 10)"], theme.Remarks);
    }

    [Fact]
    public void ReadKeepsTheTopOfAChordAcrossTracks()
    {
        string path = WriteMidi("chord.mid", 1, [(0, 500_000)],
            new MidiNote(1, 1, 0, 72, 960),
            new MidiNote(2, 2, 0, 60, 1920),
            new MidiNote(2, 2, 0, 64, 1920),
            new MidiNote(1, 1, 960, 74, 480));

        var theme = MidiThemeReader.Read(path);

        Assert.Equal([new Note(0, 1, 72), new Note(1, 0.5, 74)], theme.Notes);
        Assert.Equal(["overlapping notes: kept the highest sounding note (2 notes changed)"], theme.Remarks);
    }

    [Fact]
    public void ReadOfAFileWithOnlyDrumsIsAnInputError()
    {
        string path = WriteMidi("drums.mid", 0, [], new MidiNote(0, 10, 0, 36, 480));

        Assert.Equal($"{path}: the theme has no notes", Assert.Throws<InputException>(() => MidiThemeReader.Read(path)).Message);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(new byte[] { (byte)'M', (byte)'T', (byte)'h', (byte)'d', 0, 0, 0, 6, 0, 1, 0, 2 })]
    public void ReadOfACorruptFileIsAOneLineInputError(byte[] bytes)
    {
        string path = _folder.File("corrupt.mid");
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<InputException>(() => MidiThemeReader.Read(path));

        Assert.StartsWith($"{path}: not a readable MIDI file (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void ReadOfAMissingFileIsAnInputError()
    {
        string path = _folder.File("missing.mid");

        Assert.Equal($"{path}: file not found", Assert.Throws<InputException>(() => MidiThemeReader.Read(path)).Message);
    }
}
