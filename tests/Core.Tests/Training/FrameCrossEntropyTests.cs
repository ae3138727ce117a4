using Leitmotif.Core.Training;
using static TorchSharp.torch;

namespace Leitmotif.Core.Tests.Training;

public class FrameCrossEntropyTests
{
    [Fact]
    public void AveragesOverValidFramesOnly()
    {
        // Two classes. Example 0: 2 valid frames; example 1: 1 valid frame, then a padded frame with huge scores.
        float[] logits = [0, 0, /**/ 1, 0, /**/ 0, 2, /**/ 100, -100];
        using var logitsTensor = tensor(logits, [2, 2, 2]);
        using var labels = tensor(new long[] { 0, 0, 1, 1 }, [2, 2]);
        using var lengths = tensor(new long[] { 2, 1 });
        using var loss = FrameCrossEntropy.Compute(logitsTensor, labels, lengths);

        double expected = (Math.Log(2) + Math.Log(1 + Math.Exp(-1)) + Math.Log(1 + Math.Exp(-2))) / 3;
        Assert.Equal(expected, loss.item<float>(), 5);
    }
}
