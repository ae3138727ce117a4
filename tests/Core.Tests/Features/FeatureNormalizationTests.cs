using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class FeatureNormalizationTests
{
    [Fact]
    public void L1DividesByTheSumOfMagnitudes()
    {
        float[] v = [1, -3, 4, 0];
        FeatureNormalization.L1(v, 1e-4);
        Assert.Equal([0.125f, -0.375f, 0.5f, 0f], v);
    }

    [Fact]
    public void L2DividesByTheEuclideanNorm()
    {
        float[] v = [3, 0, 4];
        FeatureNormalization.L2(v, 1e-4);
        Assert.Equal([0.6f, 0f, 0.8f], v);
    }

    [Fact]
    public void FramesAtOrBelowTheThresholdBecomeUniform()
    {
        float[] a = [0, 0, 0, 0], b = [1e-5f, 0, 0, 0];
        FeatureNormalization.L1(a, 1e-4);
        FeatureNormalization.L2(b, 1e-4);
        Assert.Equal([0.25f, 0.25f, 0.25f, 0.25f], a);
        Assert.Equal([0.5f, 0.5f, 0.5f, 0.5f], b);
    }
}
