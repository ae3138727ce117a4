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
    public void AnEmptyThemeIsRejected()
    {
        Assert.Throws<ArgumentException>(() => ThemeMidiFile.Write(_path, "empty", [], qpm: 100));
    }
}
