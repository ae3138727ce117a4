using Leitmotif.Core.Features;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Features;

public class NoteChromaTests
{
    [Fact]
    public void EachFrameTakesTheSoundingNoteAndRestsHoldThePreviousOne()
    {
        Note[] notes =
        [
            new(0.0, 0.3, 60), // C
            new(0.3, 0.2, 64), // E, then a rest 0.5–0.7 s
            new(0.7, 0.3, 79), // G (another octave: same class)
        ];

        FeatureMatrix chroma = NoteChroma.FromNotes(notes, 10.0);

        Assert.Equal(10.0, chroma.FeatureRate);
        Assert.Equal([0, 0, 0, 4, 4, 4, 4, 7, 7, 7], Classes(chroma));
    }

    [Fact]
    public void FramesBeforeTheFirstOnsetTakeTheFirstNote()
    {
        FeatureMatrix chroma = NoteChroma.FromNotes([new(0.25, 0.25, 62), new(0.5, 0.25, 69)], 4.0);

        Assert.Equal([2, 2, 9], Classes(chroma));
    }

    [Fact]
    public void FramesCoverUpToTheEndOfTheLastNote()
    {
        Assert.Equal(3, NoteChroma.FromNotes([new(0, 0.25, 60)], 10.0).Frames);  // t = 0, 0.1, 0.2
        Assert.Equal(5, NoteChroma.FromNotes([new(0, 0.5, 60)], 10.0).Frames);   // t = 0 … 0.4; 0.5 is the end
        Assert.Equal(7, NoteChroma.FromNotes([new(0, 0.7, 60)], 10.0).Frames);   // 0.7 × 10 is not exactly 7 in binary
    }

    [Fact]
    public void EveryFrameIsOneHot()
    {
        var random = new Random(5);
        var notes = new List<Note>();
        double t = 0;
        for (int j = 0; j < 20; j++)
        {
            notes.Add(new Note(t, 0.1 + random.NextDouble(), random.Next(40, 90)));
            t += 0.1 + random.NextDouble();
        }

        FeatureMatrix chroma = NoteChroma.FromNotes(notes, 25.0);

        for (int m = 0; m < chroma.Frames; m++)
        {
            Assert.Equal(1f, chroma.Frame(m).ToArray().Sum());
            Assert.Equal(1f, chroma.Frame(m).ToArray().Max());
        }
    }

    [Fact]
    public void NoNotesIsRejected()
    {
        Assert.Throws<ArgumentException>(() => NoteChroma.FromNotes([], 10.0));
    }

    [Theory]
    [InlineData(0.2, 0.5, 10.0, "note 1: onset=0.2 s precedes note 0's onset=0.5 s")]
    [InlineData(0.6, 0.0, 10.0, "note 1: onset=0.6 s must be >= 0 and duration=0 s > 0")]
    [InlineData(0.6, -1.0, 10.0, "duration=-1 s")]
    [InlineData(-0.1, 0.5, 10.0, "note 1: onset=-0.1 s")]
    [InlineData(0.6, 0.5, 0.0, "featureRate=0")]
    public void InvalidNotesOrRateAreRejectedWithTheirValues(double onset, double duration, double rate, string expected)
    {
        Note[] notes = [new(0.5, 0.5, 60), new(onset, duration, 62)];
        var e = Assert.ThrowsAny<ArgumentException>(() => NoteChroma.FromNotes(notes, rate));
        Assert.Contains(expected, e.Message);
    }

    private static int[] Classes(FeatureMatrix chroma) =>
        Enumerable.Range(0, chroma.Frames).Select(m => chroma.Frame(m).IndexOf(1f)).ToArray();
}
