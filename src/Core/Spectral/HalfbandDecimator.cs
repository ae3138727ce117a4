using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics;

namespace Leitmotif.Core.Spectral;

/// <summary>
/// Decimation by 2 with a zero-phase Kaiser-windowed half-band low-pass (cutoff at a quarter of the input rate): output sample
/// m is <c>Σ_j h[j] · x[2m − Reach + j]</c>, so it stands for the same time as input sample 2m. Passband [0, 0.2·rate], stopband
/// [0.3·rate, 0.5·rate] with about 100 dB attenuation, unit gain at DC; content in [0, 0.4·output rate] is alias-free.
/// </summary>
/// <remarks>Octave-wise decimation as in librosa <c>vqt</c> (early and per-octave downsampling); windowed-sinc FIR design,
/// Oppenheim &amp; Schafer §7.5 (Kaiser's formula: 65 taps for 100 dB over a 0.1·rate transition).</remarks>
internal static class HalfbandDecimator
{
    /// <summary>Input samples the filter reaches on each side of its centre.</summary>
    public const int Reach = 32;

    /// <summary>Highest frequency, as a fraction of the output rate, that passes unattenuated and alias-free.</summary>
    public const double PassbandFraction = 0.4;

    private const double KaiserBeta = 10.06; // 0.1102 · (A − 8.7) for A = 100 dB

    /// <summary>Filter taps, padded with zeros to a whole number of <see cref="Vector{T}"/> lanes.</summary>
    public static readonly float[] Taps = Design();

    /// <summary>Input samples read per output sample (the padded tap count).</summary>
    public static int Span => Taps.Length;

    /// <summary>Writes <c>output[m] = Σ_j h[j] · input[2m + j]</c> for every m of <paramref name="output"/>;
    /// <paramref name="input"/> must hold <c>2 · (output.Length − 1) + Span</c> samples.</summary>
    public static void Decimate(ReadOnlySpan<float> input, Span<float> output)
    {
        ReadOnlySpan<Vector<float>> h = MemoryMarshal.Cast<float, Vector<float>>(Taps);
        for (int m = 0; m < output.Length; m++)
        {
            ReadOnlySpan<Vector<float>> x = MemoryMarshal.Cast<float, Vector<float>>(input.Slice(2 * m, Taps.Length));
            Vector<float> acc = Vector<float>.Zero;
            for (int j = 0; j < h.Length; j++) acc = Vector.FusedMultiplyAdd(x[j], h[j], acc);
            output[m] = Vector.Sum(acc);
        }
    }

    private static float[] Design()
    {
        int length = 2 * Reach + 1;
        int padded = (length + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var taps = new double[length];
        double i0Beta = SpecialFunctions.BesselI0(KaiserBeta);
        for (int j = 0; j < length; j++)
        {
            int n = j - Reach;
            double sinc = n == 0 ? 0.5 : Math.Sin(Math.PI * n / 2) / (Math.PI * n);
            double r = (double)n / Reach;
            taps[j] = sinc * SpecialFunctions.BesselI0(KaiserBeta * Math.Sqrt(1 - r * r)) / i0Beta;
        }
        double sum = taps.Sum();
        var result = new float[padded];
        for (int j = 0; j < length; j++) result[j] = (float)(taps[j] / sum);
        return result;
    }
}
