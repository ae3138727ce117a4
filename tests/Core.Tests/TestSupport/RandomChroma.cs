using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>Seeded random chroma-like test inputs.</summary>
internal static class RandomChroma
{
    public const double FeatureRate = 10;

    /// <summary>Frames of 12 non-negative values, each frame L2-normalised.</summary>
    public static FeatureMatrix Create(Random random, int frames, double featureRate = FeatureRate)
    {
        var features = new FeatureMatrix(frames, 12, featureRate);
        for (int m = 0; m < frames; m++)
        {
            var frame = features.Frame(m);
            for (int k = 0; k < 12; k++) frame[k] = (float)random.NextDouble();
            float norm = MathF.Sqrt(frame.ToArray().Sum(v => v * v));
            for (int k = 0; k < 12; k++) frame[k] /= norm;
        }

        return features;
    }

    /// <summary>One-hot frames, as a theme's notes give them: runs of 1 to 6 frames of one random pitch class.</summary>
    public static FeatureMatrix OneHot(Random random, int frames, double featureRate = FeatureRate)
    {
        var features = new FeatureMatrix(frames, 12, featureRate);
        for (int m = 0, run = 0, pitchClass = 0; m < frames; m++, run--)
        {
            if (run == 0) (run, pitchClass) = (random.Next(1, 7), random.Next(12));
            features[m, pitchClass] = 1;
        }

        return features;
    }

    /// <summary>Frames [first, first + count) of <paramref name="features"/>, resampled to round(count × factor) frames by nearest neighbour.</summary>
    public static FeatureMatrix Cut(FeatureMatrix features, int first, int count, double factor = 1)
    {
        int frames = (int)Math.Round(count * factor);
        var cut = new FeatureMatrix(frames, features.Dimensions, features.FeatureRate);
        for (int i = 0; i < frames; i++)
        {
            int source = first + Math.Min(count - 1, (int)Math.Round(i / factor));
            features.Frame(source).CopyTo(cut.Frame(i));
        }

        return cut;
    }
}
