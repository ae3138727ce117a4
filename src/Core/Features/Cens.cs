using MathNet.Numerics;

namespace Leitmotif.Core.Features;

/// <summary>
/// Chroma energy normalised statistics (CENS): L1-normalised chroma, quantised to 0–4, smoothed over time with a Hann
/// window, downsampled and L2-normalised. Robust to dynamics, timbre and local tempo, hence suited to audio matching.
/// </summary>
/// <remarks>
/// FMP §7.2.1, libfmp <c>C7S2</c> <c>quantize_matrix</c>, <c>smooth_downsample_feature_sequence</c>,
/// <c>compute_cens_from_chromagram</c>. Smoothing follows scipy's <c>convolve(mode='same')</c> with the periodic Hann window
/// of length ℓ (scipy's <c>get_window('hann', ℓ)</c>), zero beyond the sequence's ends, divided by ℓ. Downsampling keeps
/// chroma frames 0, d, 2d, …, so CENS frame j is centred on chroma frame j·d and lies at time j / (chroma rate / d), the same
/// frame-time convention as the chroma. One deviation from libfmp: a value of exactly 1 (a one-hot frame) quantises to 4,
/// as in the book, where libfmp's half-open interval [0.4, 1) gives 0.
/// </remarks>
public static class Cens
{
    /// <summary>CENS of a chroma sequence.</summary>
    /// <param name="chroma">Frames × 12 non-negative chroma (any scale) at any feature rate.</param>
    /// <param name="options">Smoothing and downsampling.</param>
    /// <returns>⌈frames / d⌉ × 12 at <c>chroma.FeatureRate / d</c>, every frame of unit L2 norm.</returns>
    public static FeatureMatrix FromChroma(FeatureMatrix chroma, CensOptions options)
    {
        ArgumentNullException.ThrowIfNull(chroma);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int K = chroma.Dimensions, M = chroma.Frames, d = options.Downsampling, ell = options.SmoothingLength;

        var Q = new float[chroma.Data.Length];
        chroma.Data.CopyTo(Q, 0);
        for (int m = 0; m < M; m++)
        {
            Span<float> q = Q.AsSpan(m * K, K);
            FeatureNormalization.L1(q, options.NormThreshold);
            foreach (ref float v in q) v = Quantize(v);
        }

        float[] w = Array.ConvertAll(Window.HannPeriodic(ell), v => (float)(v / ell));
        var result = new FeatureMatrix((M + d - 1) / d, K, chroma.FeatureRate / d);
        for (int j = 0; j < result.Frames; j++)
        {
            Span<float> c = result.Frame(j);
            SmoothAt(Q, K, M, j * d, w, c);
            FeatureNormalization.L2(c, options.NormThreshold);
        }
        return result;
    }

    /// <summary>Quantisation of an L1-normalised chroma value: [0, 0.05) → 0, [0.05, 0.1) → 1, [0.1, 0.2) → 2,
    /// [0.2, 0.4) → 3, [0.4, 1] → 4 (FMP §7.2.1, thresholds roughly logarithmic like loudness perception).</summary>
    internal static float Quantize(float v) => v switch
    {
        >= 0.4f => 4,
        >= 0.2f => 3,
        >= 0.1f => 2,
        >= 0.05f => 1,
        _ => 0,
    };

    /// <summary>Frame <paramref name="n"/> of scipy's <c>convolve(Q, w, 'same')</c> along time: Σ_k w[k]·Q[n + ⌊(ℓ−1)/2⌋ − k].</summary>
    private static void SmoothAt(float[] Q, int K, int M, int n, float[] w, Span<float> c)
    {
        int center = (w.Length - 1) / 2;
        int kFirst = Math.Max(0, n + center - (M - 1)), kLast = Math.Min(w.Length - 1, n + center);
        for (int k = kFirst; k <= kLast; k++)
        {
            ReadOnlySpan<float> q = Q.AsSpan((n + center - k) * K, K);
            float wk = w[k];
            for (int i = 0; i < K; i++) c[i] += wk * q[i];
        }
    }
}
