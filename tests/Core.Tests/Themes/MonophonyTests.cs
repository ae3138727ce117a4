using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Themes;

public class MonophonyTests
{
    [Fact]
    public void SkylineLeavesNonOverlappingNotesUnchangedButSorted()
    {
        var notes = new[] { new Note(1, 1, 62), new Note(0, 1, 60) };

        var (line, changed) = Monophony.Skyline(notes);

        Assert.Equal([new Note(0, 1, 60), new Note(1, 1, 62)], line);
        Assert.Equal(0, changed);
    }

    [Fact]
    public void SkylineKeepsTheHighestNoteOfAChord()
    {
        var (line, changed) = Monophony.Skyline([new Note(0, 2, 60), new Note(0, 2, 67), new Note(0, 2, 64)]);

        Assert.Equal([new Note(0, 2, 67)], line);
        Assert.Equal(2, changed);
    }

    [Fact]
    public void SkylineCutsALowerNoteWhereAHigherOneStartsAndDoesNotResumeIt()
    {
        var (line, changed) = Monophony.Skyline([new Note(0, 4, 48), new Note(1, 1, 72), new Note(3, 1, 74)]);

        Assert.Equal([new Note(0, 1, 48), new Note(1, 1, 72), new Note(3, 1, 74)], line);
        Assert.Equal(1, changed);
    }

    [Fact]
    public void SkylineDropsANoteThatStartsWhileAHigherOneSounds()
    {
        var (line, changed) = Monophony.Skyline([new Note(0, 2, 72), new Note(1, 3, 48), new Note(2, 1, 50)]);

        Assert.Equal([new Note(0, 2, 72), new Note(2, 1, 50)], line);
        Assert.Equal(1, changed);
    }

    [Fact]
    public void SkylineCutsANoteReattackedAtTheSamePitch()
    {
        var (line, changed) = Monophony.Skyline([new Note(0, 2, 60), new Note(1, 2, 60)]);

        Assert.Equal([new Note(0, 1, 60), new Note(1, 2, 60)], line);
        Assert.Equal(1, changed);
    }

    [Fact]
    public void SkylineTreatsRoundingSizedOverlapsAsAdjacent()
    {
        var (line, changed) = Monophony.Skyline([new Note(0, 0.1 + 0.2, 60), new Note(0.3, 1, 48)]);

        Assert.Equal(2, line.Count);
        Assert.Equal(0, changed);
    }

    [Fact]
    public void ToThemeShiftsTheFirstOnsetToZeroAndRemarksOnChanges()
    {
        var theme = Monophony.ToTheme("/x/theme.csv", [new Note(2, 1, 60), new Note(2, 1, 55), new Note(3, 1, 62)], ["earlier"]);

        Assert.Equal("theme.csv", theme.Name);
        Assert.Equal([new Note(0, 1, 60), new Note(1, 1, 62)], theme.Notes);
        Assert.Equal(["earlier", "overlapping notes: kept the highest sounding note (1 notes changed)"], theme.Remarks);
    }

    [Fact]
    public void ToThemeWithoutNotesIsAnInputError()
    {
        var e = Assert.Throws<InputException>(() => Monophony.ToTheme("/x/empty.csv", [], []));

        Assert.Equal("/x/empty.csv: the theme has no notes", e.Message);
    }
}
