namespace Leitmotif.Core.Features;

/// <summary>Per-frame normalisation of feature vectors, with a uniform vector in place of frames that carry (almost) nothing.</summary>
/// <remarks>FMP §3.1.2.1 (normalisation), libfmp <c>C3S1</c> <c>normalize_feature_sequence</c>.</remarks>
public static class FeatureNormalization
{
    /// <summary>Divides <paramref name="v"/> by its L1 norm; if that norm is at most <paramref name="threshold"/>, sets every
    /// entry to 1 / length (the uniform vector of L1 norm 1).</summary>
    /// <param name="v">One frame, normalised in place.</param>
    /// <param name="threshold">Smallest L1 norm treated as signal (non-negative).</param>
    public static void L1(Span<float> v, double threshold)
    {
        double s = 0;
        foreach (float x in v) s += Math.Abs(x);
        Scale(v, s, threshold, 1.0 / v.Length);
    }

    /// <summary>Divides <paramref name="v"/> by its L2 norm; if that norm is at most <paramref name="threshold"/>, sets every
    /// entry to 1 / √length (the uniform vector of L2 norm 1).</summary>
    /// <param name="v">One frame, normalised in place.</param>
    /// <param name="threshold">Smallest L2 norm treated as signal (non-negative).</param>
    public static void L2(Span<float> v, double threshold)
    {
        double s = 0;
        foreach (float x in v) s += (double)x * x;
        Scale(v, Math.Sqrt(s), threshold, 1.0 / Math.Sqrt(v.Length));
    }

    private static void Scale(Span<float> v, double norm, double threshold, double uniform)
    {
        if (norm > threshold)
        {
            float inverse = (float)(1.0 / norm);
            foreach (ref float x in v) x *= inverse;
        }
        else
        {
            v.Fill((float)uniform);
        }
    }
}
