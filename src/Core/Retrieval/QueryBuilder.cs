using Leitmotif.Core.Features;
using Leitmotif.Core.Themes;
using MathNet.Numerics.Interpolation;

namespace Leitmotif.Core.Retrieval;

/// <summary>Turns a theme into query features, optionally at another tempo: its notes, or the features of an audio excerpt.</summary>
public static class QueryBuilder
{
    /// <summary>Query features of <paramref name="notes"/> played <paramref name="tempoFactor"/> times as fast.</summary>
    /// <param name="notes">Monophonic notes sorted by onset (seconds).</param>
    /// <param name="features">The feature kind to build the query for.</param>
    /// <param name="tempoFactor">1 = notated tempo; 2 = twice as fast (half the duration).</param>
    /// <returns>Frames × 12 at the feature kind's rate.</returns>
    public static FeatureMatrix Build(IReadOnlyList<Note> notes, IChromaFeatures features, double tempoFactor = 1.0)
    {
        CheckTempoFactor(tempoFactor);
        if (notes.Count == 0) throw new ArgumentException("a query needs at least one note", nameof(notes));
        var scaled = notes.Select(n => n with { OnsetSeconds = n.OnsetSeconds / tempoFactor, DurationSeconds = n.DurationSeconds / tempoFactor }).ToList();
        return features.FromNotes(scaled);
    }

    /// <summary>
    /// Query features of an audio excerpt played <paramref name="tempoFactor"/> times as fast: its features resampled in
    /// time (linear interpolation between frames, round(frames ÷ factor) frames, at least one) and each frame
    /// L2-normalised again, as recordings' frames are.
    /// </summary>
    /// <param name="excerpt">The excerpt's features, frames × dimensions, computed with the kind the recordings were indexed with.</param>
    /// <param name="tempoFactor">1 = the excerpt as played (returned unchanged); 2 = twice as fast (half the frames).</param>
    /// <returns>Frames × dimensions at the excerpt's feature rate.</returns>
    /// <remarks>Query by example with tempo versions: Müller, FMP §7.2.3 (audio matching with multiple query tempi), here by
    /// resampling the query rather than recomputing its features.</remarks>
    public static FeatureMatrix Build(FeatureMatrix excerpt, double tempoFactor = 1.0)
    {
        ArgumentNullException.ThrowIfNull(excerpt);
        CheckTempoFactor(tempoFactor);
        if (excerpt.Frames == 0) throw new ArgumentException("a query needs at least one frame", nameof(excerpt));
        if (tempoFactor == 1) return excerpt;

        int N = excerpt.Frames, M = Math.Max(1, (int)Math.Round(N / tempoFactor)), K = excerpt.Dimensions;
        var result = new FeatureMatrix(M, K, excerpt.FeatureRate);
        var times = Enumerable.Range(0, N).Select(n => (double)n).ToArray();
        for (int k = 0; k < K; k++)
        {
            var values = Enumerable.Range(0, N).Select(n => (double)excerpt[n, k]).ToArray();
            var spline = N > 1 ? LinearSpline.InterpolateSorted(times, values) : null;
            for (int m = 0; m < M; m++)
                result[m, k] = (float)(spline?.Interpolate(Math.Min(m * tempoFactor, N - 1)) ?? values[0]);
        }
        for (int m = 0; m < M; m++) FeatureNormalization.L2(result.Frame(m), 1e-9);
        return result;
    }

    private static void CheckTempoFactor(double tempoFactor)
    {
        if (!(tempoFactor > 0) || double.IsInfinity(tempoFactor))
            throw new ArgumentOutOfRangeException(nameof(tempoFactor), $"tempoFactor={tempoFactor} must be positive");
    }
}
