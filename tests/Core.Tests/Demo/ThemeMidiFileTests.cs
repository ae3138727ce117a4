using Leitmotif.Core.Demo;
using NAudio.Midi;

namespace Leitmotif.Core.Tests.Demo;

public sealed class ThemeMidiFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"leitmotif-theme-{Guid.NewGuid():N}.mid");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void WritesTempoTrackAndNotesShiftedToTickZero()
    {
        BeatNote[] notes = [new(2, 1, 67), new(3, 1.5, 70), new(4.5, 0.5, 72)];

        ThemeMidiFile.Write(_path, "test", notes, qpm: 96);

        var midi = new MidiFile(_path, strictChecking: true);
        Assert.Equal(1, midi.FileFormat);
        Assert.Equal(ThemeMidiFile.TicksPerQuarterNote, midi.DeltaTicksPerQuarterNote);
        var tempo = Assert.Single(midi.Events.SelectMany(t => t).OfType<TempoEvent>());
        Assert.Equal(625_000, tempo.MicrosecondsPerQuarterNote);
        var ons = midi.Events[1].OfType<NoteOnEvent>().Where(e => e.Velocity > 0).ToList();
        Assert.Equal([67, 70, 72], ons.Select(e => e.NoteNumber));
        Assert.Equal([0L, 480L, 1200L], ons.Select(e => e.AbsoluteTime));
        Assert.Equal([480, 720, 240], ons.Select(e => e.NoteLength));
    }

    [Fact]
    public void WritesASetTempoEventWhereTheTempoInEffectChanges()
    {
        BeatNote[] notes = [new(1, 1, 60), new(2, 1, 62), new(3, 1, 64)];
        // The change at beat 0 is superseded before the first note; the one at beat 2 repeats the tempo in effect.
        TempoChange[] tempi = [new(0, 60), new(0.5, 120), new(2, 120), new(2.5, 90)];

        ThemeMidiFile.Write(_path, "test", notes, tempi);

        var midi = new MidiFile(_path, strictChecking: true);
        var tempo = midi.Events.SelectMany(t => t).OfType<TempoEvent>().ToList();
        Assert.Equal([(0L, 500_000), (720L, 666_667)], tempo.Select(e => (e.AbsoluteTime, e.MicrosecondsPerQuarterNote)));
        Assert.Equal([0L, 480L, 960L], midi.Events[1].OfType<NoteOnEvent>().Where(e => e.Velocity > 0).Select(e => e.AbsoluteTime));
    }

    [Fact]
    public void TempiMustStartByTheFirstNoteAndAscend()
    {
        BeatNote[] notes = [new(1, 1, 60), new(2, 1, 62)];

        Assert.Throws<ArgumentException>(() => ThemeMidiFile.Write(_path, "late", notes, [new TempoChange(1.5, 100)]));
        Assert.Throws<ArgumentException>(() => ThemeMidiFile.Write(_path, "unordered", notes, [new TempoChange(0, 100), new TempoChange(2, 90), new TempoChange(1.5, 80)]));
    }

    [Fact]
    public void AnEmptyThemeIsRejected()
    {
        Assert.Throws<ArgumentException>(() => ThemeMidiFile.Write(_path, "empty", [], qpm: 100));
    }
}
