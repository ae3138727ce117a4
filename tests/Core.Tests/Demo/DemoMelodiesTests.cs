using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Demo;

public class DemoMelodiesTests
{
    private static IReadOnlyList<DemoMelody> All => DemoMelodies.All;

    [Fact]
    public void ThereAreAtLeastTenMelodiesWithUniqueNames()
    {
        Assert.True(All.Count >= 10, $"{All.Count} melodies");
        Assert.Equal(All.Count, All.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void NoTwoMelodiesShareANoteSequenceOrTheme()
    {
        Assert.Equal(All.Count, All.Select(m => string.Join(' ', m.Notes.Select(n => n.Pitch))).Distinct().Count());
        Assert.Equal(All.Count, All.Select(m => string.Join(' ', m.ThemeNotes.Select(n => n.Pitch % 12))).Distinct().Count());
    }

    [Fact]
    public void MelodiesUseSeveralKeys()
    {
        Assert.True(All.Select(m => m.Key).Distinct().Count() >= 10);
    }

    [Fact]
    public void PitchesLieInAComfortableMelodyRange()
    {
        Assert.All(All, m =>
        {
            Assert.InRange(m.Notes.Min(n => n.Pitch), 60, 79);
            Assert.InRange(m.Notes.Max(n => n.Pitch), 60, 79);
        });
    }

    [Fact]
    public void MelodiesAreMonophonicAndFitTheirBars()
    {
        Assert.All(All, m =>
        {
            Assert.InRange(m.Bars - (m.Notes[0].Onset >= 1 ? 1 : 0), 8, 16);
            Assert.All(m.Notes.Zip(m.Notes.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Onset + 1e-9, $"{m.Name}: {pair}"));
            Assert.True(m.Notes[^1].End <= m.Bars * m.BeatsPerBar + 1e-9, m.Name);
        });
    }

    [Fact]
    public void ChordsCoverEveryBarWithoutGaps()
    {
        Assert.All(All, m =>
        {
            Assert.Equal(0, m.Chords[0].Onset);
            Assert.All(m.Chords.Zip(m.Chords.Skip(1)), pair => Assert.Equal(pair.First.Onset + pair.First.Duration, pair.Second.Onset, 1e-9));
        });
    }

    [Fact]
    public void ThemesAreTheFirstBarsAndLongEnoughToSearchFor()
    {
        Assert.All(All, m =>
        {
            Assert.InRange(m.ThemeBars, 4, 9);
            Assert.True(m.ThemeNotes.Count >= 6, $"{m.Name}: {m.ThemeNotes.Count} theme notes");
            Assert.Equal(m.Notes.Take(m.ThemeNotes.Count), m.ThemeNotes);
        });
    }

    [Fact]
    public void TempiVaryAndAtLeastThreeThemesUseAnotherTempoThanTheirRecording()
    {
        Assert.All(All, m =>
        {
            Assert.InRange(m.RecordingQpm, 72, 140);
            Assert.InRange(m.ThemeQpm / m.RecordingQpm, 0.7, 1.4);
        });
        Assert.True(All.Count(m => m.ThemeQpm != m.RecordingQpm) >= 3);
        Assert.True(All.Select(m => m.RecordingQpm).Distinct().Count() >= 8);
    }
}
