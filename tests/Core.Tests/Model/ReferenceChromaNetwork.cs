using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

/// <summary>
/// The chroma network as plain loops in double precision, straight from <see cref="ModelWeights"/>, to check the
/// TorchSharp module against: conv 3×3→64, 3×3→32, 3×3→32, 3×3→32, 3×42→8 ('same' padding, LeakyReLU 0.3), conv 1×1→1
/// with sigmoid, pitch-class pooling and blank unit, softmax over 13 classes (Zalkow &amp; Müller 2020, Fig. 2).
/// </summary>
internal static class ReferenceChromaNetwork
{
    private const int Bins = 216, Harmonics = 6;

    /// <summary>Class probabilities (T, 13) row-major for HCQT input (T, 216, 6) in C order.</summary>
    internal static double[] Probabilities(ModelWeights weights, float[] input, int frames)
    {
        // Activations are (channels, frames, bins).
        var x = new double[Harmonics, frames, Bins];
        for (int t = 0; t < frames; t++)
        {
            for (int b = 0; b < Bins; b++)
            {
                for (int h = 0; h < Harmonics; h++)
                {
                    x[h, t, b] = input[(t * Bins + b) * Harmonics + h];
                }
            }
        }

        x = LeakyRelu(Convolve(x, weights, "conv1", padFrames: 1, padBins: 1));
        x = LeakyRelu(Convolve(x, weights, "conv2", padFrames: 1, padBins: 1));
        x = LeakyRelu(Convolve(x, weights, "conv3", padFrames: 1, padBins: 1));
        x = LeakyRelu(Convolve(x, weights, "conv4", padFrames: 1, padBins: 1));
        x = LeakyRelu(Convolve(x, weights, "conv5", padFrames: 1, padBins: 20));
        var salience = Convolve(x, weights, "salience", padFrames: 0, padBins: 0);

        var pool = weights.Tensors["pitchclass.weight"].Data;
        var poolBias = weights.Tensors["pitchclass.bias"].Data;
        var blank = weights.Tensors["blank.weight"].Data;
        var blankBias = weights.Tensors["blank.bias"].Data;
        var probabilities = new double[frames * 13];
        var logits = new double[13];
        for (int t = 0; t < frames; t++)
        {
            for (int k = 0; k < 12; k++)
            {
                logits[k] = poolBias[k];
            }

            logits[12] = blankBias[0];
            for (int b = 0; b < Bins; b++)
            {
                double s = 1.0 / (1.0 + Math.Exp(-salience[0, t, b]));
                for (int k = 0; k < 12; k++)
                {
                    logits[k] += pool[k * Bins + b] * s;
                }

                logits[12] += blank[b] * s;
            }

            double max = logits.Max();
            double sum = logits.Sum(z => Math.Exp(z - max));
            for (int k = 0; k < 13; k++)
            {
                probabilities[t * 13 + k] = Math.Exp(logits[k] - max) / sum;
            }
        }

        return probabilities;
    }

    /// <summary>Cross-correlation with zero padding: <paramref name="padFrames"/> frames before (and the rest of
    /// kernel − 1 after), <paramref name="padBins"/> bins below (and the rest above), so the output keeps the size.</summary>
    private static double[,,] Convolve(double[,,] x, ModelWeights weights, string layer, int padFrames, int padBins)
    {
        var w = weights.Tensors[$"{layer}.weight"];
        var bias = weights.Tensors[$"{layer}.bias"].Data;
        int outChannels = w.Shape[0], inChannels = w.Shape[1], kernelFrames = w.Shape[2], kernelBins = w.Shape[3];
        int frames = x.GetLength(1), bins = x.GetLength(2);
        var y = new double[outChannels, frames, bins];
        for (int o = 0; o < outChannels; o++)
        {
            for (int t = 0; t < frames; t++)
            {
                for (int b = 0; b < bins; b++)
                {
                    double sum = bias[o];
                    for (int i = 0; i < inChannels; i++)
                    {
                        for (int dt = 0; dt < kernelFrames; dt++)
                        {
                            int tIn = t + dt - padFrames;
                            if (tIn < 0 || tIn >= frames)
                            {
                                continue;
                            }

                            int row = ((o * inChannels + i) * kernelFrames + dt) * kernelBins;
                            for (int db = 0; db < kernelBins; db++)
                            {
                                int bIn = b + db - padBins;
                                if (bIn >= 0 && bIn < bins)
                                {
                                    sum += w.Data[row + db] * x[i, tIn, bIn];
                                }
                            }
                        }
                    }

                    y[o, t, b] = sum;
                }
            }
        }

        return y;
    }

    private static double[,,] LeakyRelu(double[,,] x)
    {
        for (int c = 0; c < x.GetLength(0); c++)
        {
            for (int t = 0; t < x.GetLength(1); t++)
            {
                for (int b = 0; b < x.GetLength(2); b++)
                {
                    x[c, t, b] = x[c, t, b] >= 0 ? x[c, t, b] : 0.3 * x[c, t, b];
                }
            }
        }

        return x;
    }
}
