using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class CtcTargetTests
{
    [Fact]
    public void CcdeKeepsTheRepeatedC() => Assert.Equal([0, 0, 2, 4], CtcTarget.Of(TargetTestPairs.Ccde()));

    [Fact]
    public void NotesAreTakenInOnsetOrderAndFoldedToPitchClasses()
    {
        var pair = new TrainingPair("a.wav", 1, "p", 0, 1, 1, [new BeatNote(1, 1, 71), new BeatNote(0, 1, 49)], [0, 1]);
        Assert.Equal([1, 11], CtcTarget.Of(pair));
    }

    [Fact]
    public void MinimumFramesCountsABlankBetweenEqualNeighbours()
    {
        Assert.Equal(5, CtcTarget.MinimumFrames([0, 0, 2, 4])); // C ε C D E
        Assert.Equal(7, CtcTarget.MinimumFrames([3, 3, 3, 3])); // D ε D ε D ε D
        Assert.Equal(3, CtcTarget.MinimumFrames([1, 2, 1]));
        Assert.Equal(0, CtcTarget.MinimumFrames([]));
    }
}
