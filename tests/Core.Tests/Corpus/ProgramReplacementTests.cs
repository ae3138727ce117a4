using Leitmotif.Core.Corpus;
using Leitmotif.Core.Tests.TestSupport;
using NAudio.Midi;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class ProgramReplacementTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ApplySetsEveryProgramChangeAndStartsEveryPlayingChannelWithTheProgram()
    {
        var path = _folder.File("score.mid");
        ScoreMidi.Write(path, (0, 1, 60), (1, 1, 62));
        var events = new MidiFile(path, false).Events;

        ProgramReplacement.Apply(events, 48);

        var changes = events.SelectMany(t => t).OfType<PatchChangeEvent>().ToList();
        Assert.All(changes, c => Assert.Equal(48, c.Patch));
        Assert.Contains(changes, c => c.Channel == 1 && c.AbsoluteTime == 0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(128)]
    public void ApplyRejectsNonGeneralMidiPrograms(int program) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramReplacement.Apply(new MidiEventCollection(1, 480), program));
}
