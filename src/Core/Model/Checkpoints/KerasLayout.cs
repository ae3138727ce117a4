namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>Re-orders Keras (TensorFlow) weight arrays into TorchSharp layout; both row-major.</summary>
/// <remarks>
/// Keras <c>Conv2D</c> kernels are (kh, kw, in, out) and <c>Dense</c> kernels (in, out) (Keras layer docs, "kernel");
/// <c>torch.nn.Conv2d</c> weights are (out, in, kh, kw) and <c>torch.nn.Linear</c> weights (out, in) (PyTorch docs).
/// Both frameworks compute cross-correlation, so no kernel flip is needed.
/// </remarks>
internal static class KerasLayout
{
    /// <summary>torch[o, c, i, j] = keras[i, j, c, o].</summary>
    /// <param name="keras">Kernel of length kh·kw·inChannels·outChannels in (kh, kw, in, out) order.</param>
    public static float[] ConvKernelToTorch(ReadOnlySpan<float> keras, int kh, int kw, int inChannels, int outChannels)
    {
        if (keras.Length != kh * kw * inChannels * outChannels)
            throw new ArgumentException($"keras.Length={keras.Length} must equal kh·kw·in·out={kh}·{kw}·{inChannels}·{outChannels}", nameof(keras));
        var torch = new float[keras.Length];
        for (int i = 0; i < kh; i++)
            for (int j = 0; j < kw; j++)
                for (int c = 0; c < inChannels; c++)
                    for (int o = 0; o < outChannels; o++)
                        torch[((o * inChannels + c) * kh + i) * kw + j] = keras[((i * kw + j) * inChannels + c) * outChannels + o];
        return torch;
    }

    /// <summary>torch[o, i] = keras[i, o]: a transpose.</summary>
    /// <param name="keras">Kernel of length inputs·outputs in (in, out) order.</param>
    public static float[] DenseKernelToTorch(ReadOnlySpan<float> keras, int inputs, int outputs)
    {
        if (keras.Length != inputs * outputs)
            throw new ArgumentException($"keras.Length={keras.Length} must equal inputs·outputs={inputs}·{outputs}", nameof(keras));
        var torch = new float[keras.Length];
        for (int i = 0; i < inputs; i++)
            for (int o = 0; o < outputs; o++)
                torch[o * inputs + i] = keras[i * outputs + o];
        return torch;
    }

    /// <summary>The Keras shape of a kernel whose TorchSharp shape is <paramref name="torchShape"/> (4-d conv or 2-d dense).</summary>
    public static int[] KerasShape(int[] torchShape) => torchShape switch
    {
        [var o, var c, var kh, var kw] => [kh, kw, c, o],
        [var o, var i] => [i, o],
        _ => throw new ArgumentException($"torchShape={ModelLayout.Format(torchShape)} must have 2 or 4 dimensions", nameof(torchShape)),
    };

    /// <summary>Converts a Keras kernel of TorchSharp shape <paramref name="torchShape"/> (4-d conv or 2-d dense).</summary>
    public static float[] KernelToTorch(ReadOnlySpan<float> keras, int[] torchShape) => torchShape switch
    {
        [var o, var c, var kh, var kw] => ConvKernelToTorch(keras, kh, kw, c, o),
        [var o, var i] => DenseKernelToTorch(keras, i, o),
        _ => throw new ArgumentException($"torchShape={ModelLayout.Format(torchShape)} must have 2 or 4 dimensions", nameof(torchShape)),
    };
}
