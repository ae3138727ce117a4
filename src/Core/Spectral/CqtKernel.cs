using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics;

namespace Leitmotif.Core.Spectral;

/// <summary>
/// One constant-Q filter in the time domain at a decimated rate: a Hann-windowed complex exponential of length
/// N = ⌈Q · rate / f⌉, L1-normalised, centred on the frame time (tap j sits at offset j − ⌊N/2⌋ samples), stored as its
/// real and imaginary parts padded with zeros to whole <see cref="Vector{T}"/> lanes.
/// </summary>
/// <remarks>librosa <c>filters.wavelet</c> (norm = 1, Hann window) and <c>vqt(scale=True)</c>: the response is multiplied by
/// √(Q · sampleRate / f), the filter length at the original rate, so that white noise gives a flat spectrum whatever the
/// decimation. FMP §2.5 / Schörkhuber &amp; Klapuri 2010 (constant-Q filters).</remarks>
internal sealed class CqtKernel
{
    /// <summary>Builds the filter for <paramref name="frequency"/> (Hz) at decimation level <paramref name="level"/>.</summary>
    public CqtKernel(double frequency, double q, int sampleRate, int level)
    {
        double rate = sampleRate / (double)(1 << level);
        int N = (int)Math.Ceiling(q * rate / frequency);
        int padded = (N + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        double[] w = Window.HannPeriodic(N);
        double norm = w.Sum();
        Re = new float[padded];
        Im = new float[padded];
        Left = N / 2;
        for (int j = 0; j < N; j++)
        {
            double phase = 2 * Math.PI * frequency * (j - Left) / rate;
            Re[j] = (float)(w[j] * Math.Cos(phase) / norm);
            Im[j] = (float)(w[j] * Math.Sin(phase) / norm);
        }
        Level = level;
        Scale = (float)Math.Sqrt(q * sampleRate / frequency);
    }

    /// <summary>Decimation level d: the filter runs on the signal decimated by 2^d.</summary>
    public int Level { get; }

    /// <summary>Samples before the frame centre that the filter reads (at its level's rate).</summary>
    public int Left { get; }

    /// <summary>Samples the filter reads, starting <see cref="Left"/> before the frame centre (padded length).</summary>
    public int Length => Re.Length;

    /// <summary>Factor applied to the magnitude: √(filter length at the original rate).</summary>
    public float Scale { get; }

    /// <summary>Real part of the taps.</summary>
    public float[] Re { get; }

    /// <summary>Imaginary part of the taps.</summary>
    public float[] Im { get; }

    /// <summary>Scaled magnitude of the filter's response to <paramref name="x"/> (exactly <see cref="Length"/> samples).</summary>
    public float Magnitude(ReadOnlySpan<float> x)
    {
        ReadOnlySpan<Vector<float>> v = MemoryMarshal.Cast<float, Vector<float>>(x);
        ReadOnlySpan<Vector<float>> re = MemoryMarshal.Cast<float, Vector<float>>(Re);
        ReadOnlySpan<Vector<float>> im = MemoryMarshal.Cast<float, Vector<float>>(Im);
        Vector<float> accRe = Vector<float>.Zero, accIm = Vector<float>.Zero;
        for (int j = 0; j < v.Length; j++)
        {
            accRe = Vector.FusedMultiplyAdd(v[j], re[j], accRe);
            accIm = Vector.FusedMultiplyAdd(v[j], im[j], accIm);
        }
        float a = Vector.Sum(accRe), b = Vector.Sum(accIm);
        return MathF.Sqrt(a * a + b * b) * Scale;
    }
}
