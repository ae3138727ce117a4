using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Tests.Spectral;

public class CqtKernelTests
{
    /// <summary>The blocked path (four frames per load of the taps, then single frames for the rest) against the single-frame
    /// dot product of each window, for frame counts on both sides of four and an odd stride.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(32)]
    public void MagnitudesOfABlockEqualEachFramesOwnMagnitude(int count)
    {
        var kernel = new CqtKernel(440, ConstantQ.QualityFactor(36), 22050, level: 0);
        const int stride = 37, destinationStride = 3;
        var random = new Random(count);
        var x = new float[kernel.Length + (count - 1) * stride];
        for (int i = 0; i < x.Length; i++) x[i] = (float)(random.NextDouble() * 2 - 1);
        var destination = new float[count * destinationStride];

        kernel.Magnitudes(x, stride, count, destination, destinationStride);

        for (int f = 0; f < count; f++)
        {
            float expected = kernel.Magnitude(x.AsSpan(f * stride, kernel.Length));
            Assert.Equal(expected, destination[f * destinationStride], expected * 1e-5f);
        }
    }
}
