using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>Cyclic shifts of chroma vectors, for transposition-invariant matching (best of the 12 shifts).</summary>
/// <remarks>FMP §7.2.2.3 (transposition invariance), libfmp C7S2; Müller &amp; Clausen, ISMIR 2007.</remarks>
public static class ChromaShift
{
    /// <summary>
    /// Shifts every frame cyclically by <paramref name="semitones"/> classes: the value of class <c>k</c> moves to
    /// class <c>(k + semitones) mod Dimensions</c>, so a positive shift transposes up.
    /// </summary>
    /// <param name="features">Frames × Dimensions (12 for chroma, class 0 = C); not changed.</param>
    /// <param name="semitones">Any integer, negative allowed; taken modulo Dimensions.</param>
    /// <returns>A new matrix of the same shape and feature rate.</returns>
    public static FeatureMatrix Rotate(FeatureMatrix features, int semitones)
    {
        ArgumentNullException.ThrowIfNull(features);
        int K = features.Dimensions;
        int shift = ((semitones % K) + K) % K;
        var shifted = new FeatureMatrix(features.Frames, K, features.FeatureRate);
        for (int m = 0; m < features.Frames; m++)
        {
            var source = features.Frame(m);
            var target = shifted.Frame(m);
            source[..(K - shift)].CopyTo(target[shift..]);
            source[(K - shift)..].CopyTo(target[..shift]);
        }

        return shifted;
    }
}
