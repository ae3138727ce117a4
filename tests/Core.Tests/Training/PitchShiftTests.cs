using Leitmotif.Core.Spectral;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class PitchShiftTests
{
    [Theory]
    [InlineData(2, new[] { 0, 5, 11, 12 }, new[] { 2, 7, 1, 12 })]
    [InlineData(-3, new[] { 0, 5, 11, 12 }, new[] { 9, 2, 8, 12 })]
    public void TargetsMoveByTheSameNumberOfPitchClassesAndTheBlankStays(int semitones, int[] target, int[] expected)
    {
        var shifted = PitchShift.Apply(new TrainingExample(OneBin(bin: 100, harmonic: 2), target), semitones);
        Assert.Equal(expected, shifted.Target);
    }

    [Theory]
    [InlineData(2, 106)]
    [InlineData(-3, 91)]
    [InlineData(1, 103)]
    public void EveryHarmonicsBinsMoveByThreePerSemitone(int semitones, int expectedBin)
    {
        var shifted = PitchShift.Apply(new TrainingExample(OneBin(bin: 100, harmonic: 2), [0]), semitones);
        Assert.Equal(OneBin(expectedBin, harmonic: 2).Data, shifted.Input.Data);
    }

    [Fact]
    public void BinsMovedPastTheTopAreDroppedAndTheBottomFillsWithSilence()
    {
        var up = PitchShift.Apply(new TrainingExample(OneBin(bin: 214, harmonic: 0), [0]), 1);
        Assert.All(up.Input.Data, v => Assert.Equal(0f, v));
        var down = PitchShift.Apply(new TrainingExample(OneBin(bin: 1, harmonic: 5), [0]), -1);
        Assert.All(down.Input.Data, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void DrawsCoverTheRangeAndRepeatForTheSameSeedEpochAndExample()
    {
        var draws = Enumerable.Range(0, 400).Select(i => PitchShift.Draw(2, seed: 1, epoch: 3, index: i)).ToList();
        Assert.Equal([-2, -1, 0, 1, 2], draws.Distinct().Order());
        Assert.Equal(draws, Enumerable.Range(0, 400).Select(i => PitchShift.Draw(2, seed: 1, epoch: 3, index: i)));
        Assert.NotEqual(draws, Enumerable.Range(0, 400).Select(i => PitchShift.Draw(2, seed: 1, epoch: 4, index: i)));
        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(0, PitchShift.Draw(0, seed: 1, epoch: 1, index: i)));
    }

    /// <summary>Two frames, each with one value: 1 at (bin, harmonic).</summary>
    private static HcqtFrames OneBin(int bin, int harmonic)
    {
        const int frameValues = HcqtFrames.Bins * HcqtFrames.Harmonics;
        var data = new float[2 * frameValues];
        for (int t = 0; t < 2; t++) data[t * frameValues + bin * HcqtFrames.Harmonics + harmonic] = 1;
        return new HcqtFrames(data, 2);
    }
}
