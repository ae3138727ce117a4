using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class StrongAlignmentTests
{
    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(1.5, 11.5)]  // between beats 1 (11 s) and 2 (12 s)
    [InlineData(2.25, 12.5)] // between beats 2 (12 s) and 3 (14 s)
    [InlineData(4.0, 16.0)]  // past the last beat: last interval 2 s
    public void BeatsMapToSecondsByInterpolationAndExtrapolation(double beat, double seconds) =>
        Assert.Equal(seconds, StrongAlignment.Seconds([10, 11, 12, 14], beat), 12);

    [Fact]
    public void FramesTakeTheNoteSoundingAtTheirTime()
    {
        // Beats at 10, 10.4, 10.61, 11.01, 11.2 s; the segment [10, 11.2) s has 30 frames at 10 + t · 0.04 s.
        // Onsets: beat 0 → 10.0 s (C), beat 1 → 10.4 s (C), beat 2 → 10.61 s (D), beat 3 → 11.01 s (E):
        // frames 0–15 (10.00–10.60 s) C, 16–25 (10.64–11.00 s) D, 26–29 (11.04–11.16 s) E.
        var pair = TargetTestPairs.Ccde(10, 11.2, [10, 10.4, 10.61, 11.01, 11.2]);
        int[] expected = [.. Enumerable.Repeat(0, 16), .. Enumerable.Repeat(2, 10), .. Enumerable.Repeat(4, 4)];
        Assert.Equal(expected, StrongAlignment.Labels(pair));
    }

    [Fact]
    public void FramesBeforeTheFirstOnsetAreBlankAndTheLastNoteLastsToTheEnd()
    {
        // Beats 1 s apart from 0 s; one note at beat 0.5 (0.5 s) in the segment [0, 1) s: frames 0–12 (0–0.48 s) blank, 13–24 G.
        var pair = new TrainingPair("a.wav", 1, "p", 0, 1, 1, [new BeatNote(0.5, 0.25, 67)], [0, 1]);
        int[] expected = [.. Enumerable.Repeat(12, 13), .. Enumerable.Repeat(7, 12)];
        Assert.Equal(expected, StrongAlignment.Labels(pair));
    }
}
