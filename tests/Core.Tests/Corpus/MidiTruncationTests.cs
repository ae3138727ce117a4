using Leitmotif.Core.Corpus;
using Leitmotif.Core.Tests.TestSupport;
using NAudio.Midi;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class MidiTruncationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ApplyDropsEventsFromTheCutOnAndEndsTracksThere()
    {
        // 120 qpm, 480 ticks per quarter: 1.25 s = tick 1200. Notes at 0, 0.5, 1 and 1.5 s.
        var path = _folder.File("score.mid");
        ScoreMidi.Write(path, (0, 1, 60), (1, 1, 62), (2, 1, 64), (3, 1, 65));
        var events = new MidiFile(path, false).Events;

        MidiTruncation.Apply(events, 1.25);
        events.PrepareForExport();

        var all = events.SelectMany(t => t).ToList();
        Assert.Equal([60, 62, 64], all.Where(MidiEvent.IsNoteOn).Cast<NoteOnEvent>().Select(n => n.NoteNumber));
        Assert.All(all.Where(e => !MidiEvent.IsEndTrack(e)), e => Assert.True(e.AbsoluteTime < 1200));
        Assert.All(all.Where(MidiEvent.IsEndTrack), e => Assert.True(e.AbsoluteTime <= 1200));
    }
}
