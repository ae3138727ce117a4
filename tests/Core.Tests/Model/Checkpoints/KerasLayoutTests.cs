using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class KerasLayoutTests
{
    private static float Code(int a, int b, int c, int d) => 1000 * a + 100 * b + 10 * c + d;

    [Fact]
    public void ConvKernelElementIjcoLandsAtOcij()
    {
        const int kh = 2, kw = 3, inChannels = 4, outChannels = 5;
        var keras = new float[kh * kw * inChannels * outChannels];
        for (int i = 0; i < kh; i++)
            for (int j = 0; j < kw; j++)
                for (int c = 0; c < inChannels; c++)
                    for (int o = 0; o < outChannels; o++)
                        keras[((i * kw + j) * inChannels + c) * outChannels + o] = Code(i, j, c, o);

        var torch = KerasLayout.ConvKernelToTorch(keras, kh, kw, inChannels, outChannels);

        for (int o = 0; o < outChannels; o++)
            for (int c = 0; c < inChannels; c++)
                for (int i = 0; i < kh; i++)
                    for (int j = 0; j < kw; j++)
                        Assert.Equal(Code(i, j, c, o), torch[((o * inChannels + c) * kh + i) * kw + j]);
        Assert.Equal(torch, KerasLayout.KernelToTorch(keras, [outChannels, inChannels, kh, kw]));
    }

    [Fact]
    public void DenseKernelIsTransposed()
    {
        float[] keras = [0, 1, 2, 10, 11, 12]; // (in 2, out 3): element (i, o) = 10 i + o
        Assert.Equal([0f, 10, 1, 11, 2, 12], KerasLayout.DenseKernelToTorch(keras, inputs: 2, outputs: 3));
        Assert.Equal([0f, 10, 1, 11, 2, 12], KerasLayout.KernelToTorch(keras, [3, 2]));
    }

    [Fact]
    public void KerasShapesOfTorchShapes()
    {
        Assert.Equal([3, 42, 32, 8], KerasLayout.KerasShape([8, 32, 3, 42]));
        Assert.Equal([216, 12], KerasLayout.KerasShape([12, 216]));
        Assert.Throws<ArgumentException>(() => KerasLayout.KerasShape([12]));
    }

    [Fact]
    public void LengthThatDoesNotFitTheShapeThrows() =>
        Assert.Throws<ArgumentException>(() => KerasLayout.ConvKernelToTorch(new float[5], 1, 1, 2, 3));
}
