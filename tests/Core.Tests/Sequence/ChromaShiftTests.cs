using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Tests.Sequence;

public class ChromaShiftTests
{
    private static FeatureMatrix Ramp()
    {
        var features = new FeatureMatrix(2, 12, 10);
        for (int m = 0; m < 2; m++)
        {
            for (int k = 0; k < 12; k++) features[m, k] = 100 * m + k;
        }

        return features;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(13)]
    [InlineData(0)]
    [InlineData(-25)]
    public void RotateMovesClassKToClassKPlusSemitonesModulo12(int semitones)
    {
        var features = Ramp();

        var shifted = ChromaShift.Rotate(features, semitones);

        Assert.Equal(2, shifted.Frames);
        Assert.Equal(12, shifted.Dimensions);
        Assert.Equal(10, shifted.FeatureRate);
        for (int m = 0; m < 2; m++)
        {
            for (int k = 0; k < 12; k++) Assert.Equal(features[m, k], shifted[m, (((k + semitones) % 12) + 12) % 12]);
        }
    }

    [Fact]
    public void RotateByOneMovesBToC()
    {
        var shifted = ChromaShift.Rotate(Ramp(), 1);

        Assert.Equal(11f, shifted[0, 0]);
        Assert.Equal(0f, shifted[0, 1]);
    }

    [Fact]
    public void RotateLeavesTheInputUnchanged()
    {
        var features = Ramp();

        ChromaShift.Rotate(features, 5);

        Assert.Equal(Ramp().Data, features.Data);
    }
}
