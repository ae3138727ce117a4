using Leitmotif.Core.Training;
using static TorchSharp.torch;

namespace Leitmotif.Core.Tests.Training;

public class CtcLossFunctionTests
{
    [Fact]
    public void PaddedBatchEqualsTheBruteForceSumOverAllAlignments()
    {
        // Two examples, 3 classes + blank (index 3): 5 frames with target [1, 1], 3 frames with target [2].
        const int T = 5, C = 4;
        var random = new Random(7);
        var logits = new float[2 * T * C];
        for (int i = 0; i < logits.Length; i++) logits[i] = (float)(2 * random.NextDouble() - 1);
        int[][] targets = [[1, 1], [2]];
        int[] frames = [5, 3];

        using var logitsTensor = tensor(logits, [2, T, C]);
        using var targetTensor = tensor(new long[] { 1, 1, 2, 0 }, [2, 2]); // second row padded
        using var inputLengths = tensor(new long[] { 5, 3 });
        using var targetLengths = tensor(new long[] { 2, 1 });
        using var loss = CtcLossFunction.Compute(logitsTensor, targetTensor, inputLengths, targetLengths);

        double expected = (BruteForce(logits, 0, T, C, frames[0], targets[0]) + BruteForce(logits, 1, T, C, frames[1], targets[1])) / 2;
        Assert.Equal(expected, loss.item<float>(), 4);
    }

    [Fact]
    public void PaddingBeyondTheLengthsDoesNotChangeTheLoss()
    {
        using var logits = randn(1, 6, 4, generator: new TorchSharp.torch.Generator(3));
        using var padded = cat([logits, full(1, 3, 4, 5f)], 1);
        using var targets = tensor(new long[] { 0, 2 }, [1, 2]);
        using var paddedTargets = tensor(new long[] { 0, 2, 1 }, [1, 3]);
        using var lengths = tensor(new long[] { 6 });
        using var targetLengths = tensor(new long[] { 2 });
        using var plain = CtcLossFunction.Compute(logits, targets, lengths, targetLengths);
        using var masked = CtcLossFunction.Compute(padded, paddedTargets, lengths, targetLengths);
        Assert.Equal(plain.item<float>(), masked.item<float>(), 5);
    }

    /// <summary>−log Σ over every length-<paramref name="frames"/> path whose collapse (merge repeats, drop blanks) is the target.</summary>
    private static double BruteForce(float[] logits, int n, int T, int C, int frames, int[] target)
    {
        int blank = C - 1;
        double total = 0;
        int paths = (int)Math.Pow(C, frames);
        for (int code = 0; code < paths; code++)
        {
            var path = new int[frames];
            for (int t = 0, rest = code; t < frames; t++, rest /= C) path[t] = rest % C;
            var collapsed = path.Where((c, t) => t == 0 || c != path[t - 1]).Where(c => c != blank);
            if (!collapsed.SequenceEqual(target)) continue;
            double p = 1;
            for (int t = 0; t < frames; t++) p *= Softmax(logits, (n * T + t) * C, C)[path[t]];
            total += p;
        }
        return -Math.Log(total);
    }

    private static double[] Softmax(float[] logits, int offset, int C)
    {
        var e = Enumerable.Range(0, C).Select(c => Math.Exp(logits[offset + c])).ToArray();
        double sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }
}
