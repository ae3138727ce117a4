using System.Numerics;
using System.Runtime.CompilerServices;
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

    /// <summary>Scaled magnitudes of the filter's responses to <paramref name="count"/> frames whose windows start
    /// <paramref name="stride"/> samples apart in <paramref name="x"/>; frame f's goes to
    /// <c>destination[f · destinationStride]</c>.</summary>
    /// <remarks>Four frames share each load of the taps, and all frames of a block pass through the taps while they are in
    /// cache: per frame, streaming all 756 filters' taps (megabytes) from memory bounded the transform.</remarks>
    public void Magnitudes(ReadOnlySpan<float> x, int stride, int count, Span<float> destination, int destinationStride)
    {
        int f = 0;
        for (; f + 4 <= count; f += 4) FourMagnitudes(x[(f * stride)..], stride, destination[(f * destinationStride)..], destinationStride);
        for (; f < count; f++) destination[f * destinationStride] = Magnitude(x.Slice(f * stride, Length));
    }

    private void FourMagnitudes(ReadOnlySpan<float> x, int stride, Span<float> destination, int destinationStride)
    {
        ref float taps = ref MemoryMarshal.GetArrayDataReference(Re), tapsIm = ref MemoryMarshal.GetArrayDataReference(Im);
        ref float x0 = ref MemoryMarshal.GetReference(x);
        ref float x1 = ref Unsafe.Add(ref x0, stride), x2 = ref Unsafe.Add(ref x1, stride), x3 = ref Unsafe.Add(ref x2, stride);
        _ = x[3 * stride + Length - 1]; // the last frame's window lies within x
        Vector<float> re0 = default, re1 = default, re2 = default, re3 = default, im0 = default, im1 = default, im2 = default, im3 = default;
        for (nuint j = 0; j < (nuint)Length; j += (nuint)Vector<float>.Count)
        {
            var re = Vector.LoadUnsafe(ref taps, j);
            var im = Vector.LoadUnsafe(ref tapsIm, j);
            var s0 = Vector.LoadUnsafe(ref x0, j);
            var s1 = Vector.LoadUnsafe(ref x1, j);
            var s2 = Vector.LoadUnsafe(ref x2, j);
            var s3 = Vector.LoadUnsafe(ref x3, j);
            re0 = Vector.FusedMultiplyAdd(s0, re, re0);
            im0 = Vector.FusedMultiplyAdd(s0, im, im0);
            re1 = Vector.FusedMultiplyAdd(s1, re, re1);
            im1 = Vector.FusedMultiplyAdd(s1, im, im1);
            re2 = Vector.FusedMultiplyAdd(s2, re, re2);
            im2 = Vector.FusedMultiplyAdd(s2, im, im2);
            re3 = Vector.FusedMultiplyAdd(s3, re, re3);
            im3 = Vector.FusedMultiplyAdd(s3, im, im3);
        }
        destination[0] = Scaled(re0, im0);
        destination[destinationStride] = Scaled(re1, im1);
        destination[2 * destinationStride] = Scaled(re2, im2);
        destination[3 * destinationStride] = Scaled(re3, im3);
    }

    private float Scaled(Vector<float> re, Vector<float> im)
    {
        float a = Vector.Sum(re), b = Vector.Sum(im);
        return MathF.Sqrt(a * a + b * b) * Scale;
    }

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
        return Scaled(accRe, accIm);
    }
}
