using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>
/// Frame-wise cross-entropy of per-frame class scores against frame labels (a linear or strong alignment), averaged over
/// the valid frames of a padded batch.
/// </summary>
/// <remarks>Zalkow &amp; Müller, TASLP 2021, §V (cross-entropy baselines). Padded frames (t ≥ an example's length) carry no
/// weight: loss = −Σ_valid log softmax(logits)[label] / (number of valid frames).</remarks>
public static class FrameCrossEntropy
{
    /// <summary>The mean cross-entropy over the valid frames of a padded batch.</summary>
    /// <param name="logits">Scores before the softmax, shape (N, T, C).</param>
    /// <param name="labels">Class per frame in [0, C), shape (N, T), int64; padded entries may hold any class.</param>
    /// <param name="lengths">Valid frames per example, shape (N), int64, each in [1, T].</param>
    /// <returns>A scalar, nats per valid frame.</returns>
    public static Tensor Compute(Tensor logits, Tensor labels, Tensor lengths)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.dim() != 3) throw new ArgumentException($"logits have shape [{string.Join(", ", logits.shape)}], expected (N, T, C)", nameof(logits));
        using var scope = NewDisposeScope();
        long frames = logits.shape[1];
        var mask = arange(frames, dtype: ScalarType.Int64).unsqueeze(0).lt(lengths.unsqueeze(1)).to_type(logits.dtype);
        var picked = logits.log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1);
        return picked.mul(mask).sum().neg().div(mask.sum()).MoveToOuterDisposeScope();
    }
}
