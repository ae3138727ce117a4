using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>
/// The connectionist temporal classification loss of per-frame class scores against unaligned label sequences, for batches
/// padded to a common length.
/// </summary>
/// <remarks>
/// Graves et al., ICML 2006; Zalkow &amp; Müller, ISMIR 2020, §3 (the network's softmax is the CTC emission, blank = the last
/// class, 12 for the chroma network). Applies libtorch's <c>ctc_loss</c> to the log-softmax laid out (T, N, C). The batch
/// loss is the mean over examples of −log p(target | input), not divided by target length (as Keras' <c>ctc_batch_cost</c>
/// averaged by <c>fit</c>, the paper's set-up). An infeasible example (target longer than its frames allow) counts 0 and gets
/// no gradient (<c>zero_infinity</c>).
/// </remarks>
public static class CtcLossFunction
{
    /// <summary>The mean CTC loss of a padded batch; the blank is the last of the C classes.</summary>
    /// <param name="logits">Scores before the softmax, shape (N, T, C), e.g. <c>ChromaNetwork.Logits</c> with C = 13.</param>
    /// <param name="targets">Labels in [0, C − 1), shape (N, S), int64; entries past an example's target length are ignored.</param>
    /// <param name="inputLengths">Valid frames per example, shape (N), int64, each in [1, T]; later frames are ignored.</param>
    /// <param name="targetLengths">Labels per example, shape (N), int64, each in [0, S].</param>
    /// <returns>A scalar: mean over the N examples of the negative log-likelihood, nats.</returns>
    public static Tensor Compute(Tensor logits, Tensor targets, Tensor inputLengths, Tensor targetLengths)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.dim() != 3) throw new ArgumentException($"logits have shape [{string.Join(", ", logits.shape)}], expected (N, T, C)", nameof(logits));
        long blank = logits.shape[2] - 1;
        using var scope = NewDisposeScope();
        var logProbabilities = logits.log_softmax(-1).transpose(0, 1);
        var perExample = nn.functional.ctc_loss(logProbabilities, targets, inputLengths, targetLengths, blank,
            zero_infinity: true, reduction: nn.Reduction.None);
        return perExample.mean().MoveToOuterDisposeScope();
    }
}
