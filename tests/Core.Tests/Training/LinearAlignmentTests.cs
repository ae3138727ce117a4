using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class LinearAlignmentTests
{
    [Fact]
    public void EqualNotesShareTheSegmentEqually()
    {
        // 4 s at 25 Hz = 100 frames, 25 per note.
        int[] labels = LinearAlignment.Labels(TargetTestPairs.Ccde());
        int[] expected = [.. Enumerable.Repeat(0, 50), .. Enumerable.Repeat(2, 25), .. Enumerable.Repeat(4, 25)];
        Assert.Equal(expected, labels);
    }

    [Fact]
    public void SharesFollowDurationsAndRestsCarryNoShare()
    {
        // D (2 beats), rest (1 beat), E (1 beat) stretched over 6 frames: D takes 2/3, E 1/3.
        var pair = new TrainingPair("a.wav", 1, "p", 0, 0.24, 1, [new BeatNote(0, 2, 62), new BeatNote(3, 1, 64)], [0, 1]);
        Assert.Equal([2, 2, 2, 2, 4, 4], LinearAlignment.Labels(pair));
    }

    [Fact]
    public void NoNotesIsRejected()
    {
        var pair = new TrainingPair("a.wav", 1, "p", 0, 1, 1, [], [0, 1]);
        Assert.Throws<ArgumentException>(() => LinearAlignment.Labels(pair));
    }
}
