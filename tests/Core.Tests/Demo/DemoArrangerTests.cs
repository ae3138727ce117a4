using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Demo;

public class DemoArrangerTests
{
    public static TheoryData<int> MelodyIndices => new(Enumerable.Range(0, DemoMelodies.All.Count));

    [Theory]
    [MemberData(nameof(MelodyIndices))]
    public void ThemeSpanFollowsAnIntroOfTwoToSixSeconds(int index)
    {
        var melody = DemoMelodies.All[index];
        var secondsPerBeat = 60 / melody.RecordingQpm;
        var theme = melody.ThemeNotes;

        var arrangement = DemoArranger.Arrange(melody, new Random(index));

        var intro = arrangement.ThemeStart - theme[0].Onset * secondsPerBeat;
        var jitter = DemoArranger.JitterSeconds;
        Assert.InRange(intro, DemoArranger.MinIntroSeconds - jitter, DemoArranger.MaxIntroSeconds + jitter);
        Assert.Equal((theme[^1].End - theme[0].Onset) * secondsPerBeat, arrangement.ThemeEnd - arrangement.ThemeStart, 2 * jitter);
    }

    [Theory]
    [MemberData(nameof(MelodyIndices))]
    public void EveryMelodyNoteIsPlayedOnceOnTheMelodyVoice(int index)
    {
        var melody = DemoMelodies.All[index];

        var played = DemoArranger.Arrange(melody, new Random(index)).Notes.Where(n => n.Voice == SynthVoice.Melody).ToList();

        Assert.Equal(melody.Notes.Select(n => n.Pitch), played.Select(n => n.Note.Pitch));
    }

    [Fact]
    public void AccompanimentStartsTheRecordingAndOutlastsTheMelody()
    {
        var melody = DemoMelodies.All[0];

        var notes = DemoArranger.Arrange(melody, new Random(1)).Notes;

        var accompaniment = notes.Where(n => n.Voice != SynthVoice.Melody).ToList();
        Assert.Equal(0, accompaniment.Min(n => n.Note.OnsetSeconds), DemoArranger.JitterSeconds);
        var melodyEnd = notes.Where(n => n.Voice == SynthVoice.Melody).Max(n => n.Note.OnsetSeconds + n.Note.DurationSeconds);
        Assert.True(accompaniment.Max(n => n.Note.OnsetSeconds + n.Note.DurationSeconds) > melodyEnd + 1);
    }

    [Fact]
    public void TheSameSeedGivesTheSameArrangement()
    {
        var melody = DemoMelodies.All[3];

        var first = DemoArranger.Arrange(melody, new Random(42));
        var second = DemoArranger.Arrange(melody, new Random(42));

        Assert.Equal(first.Notes, second.Notes);
        Assert.Equal(first.ThemeStart, second.ThemeStart);
    }
}
