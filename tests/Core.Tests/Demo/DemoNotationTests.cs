using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Demo;

public class DemoNotationTests
{
    [Theory]
    [InlineData("C4", 60)]
    [InlineData("A4", 69)]
    [InlineData("F#4", 66)]
    [InlineData("Bb3", 58)]
    [InlineData("Cb4", 59)]
    [InlineData("B#3", 60)]
    [InlineData("C-1", 0)]
    public void PitchesAreScientificPitchNotation(string text, int midi)
    {
        Assert.Equal(midi, DemoNotation.ParsePitch(text));
    }

    [Theory]
    [InlineData("H4")]
    [InlineData("C")]
    [InlineData("")]
    [InlineData("Cx4")]
    public void MalformedPitchesAreRejected(string text)
    {
        Assert.Throws<ArgumentException>(() => DemoNotation.ParsePitch(text));
    }

    [Fact]
    public void NotesAccumulateOnsetsSkipRestsAndDefaultToOneBeat()
    {
        var notes = DemoNotation.ParseNotes("r:2 G4 | Bb4:2 C5", beatsPerBar: 3);

        Assert.Equal(
            [new BeatNote(2, 1, 67), new BeatNote(3, 2, 70), new BeatNote(5, 1, 72)],
            notes);
    }

    [Theory]
    [InlineData("C4 D4 | E4")]
    [InlineData("C4:2 D4:2 | E4:3")]
    [InlineData("C4 C4 C4 C4 ||")]
    [InlineData("C4:0 C4:4")]
    public void BarsThatDoNotAddUpAreRejected(string text)
    {
        Assert.Throws<ArgumentException>(() => DemoNotation.ParseNotes(text, beatsPerBar: 4));
    }

    [Fact]
    public void ChordsOfOneBarShareItEqually()
    {
        var chords = DemoNotation.ParseChords("Gm | D Bb", beatsPerBar: 3);

        Assert.Equal(
            [new Chord(0, 3, 7, ChordQuality.Minor), new Chord(3, 1.5, 2, ChordQuality.Major), new Chord(4.5, 1.5, 10, ChordQuality.Major)],
            chords);
    }

    [Fact]
    public void UnknownChordQualitiesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => DemoNotation.ParseChords("C7", beatsPerBar: 4));
    }
}
