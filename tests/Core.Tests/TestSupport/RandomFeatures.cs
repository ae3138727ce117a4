using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>Seeded random 12-dimensional feature matrices at 5 Hz, values in [0, 1), for storage round trips.</summary>
internal static class RandomFeatures
{
    public static FeatureMatrix Create(int frames, int seed)
    {
        var random = new Random(seed);
        var data = new float[frames * 12];
        for (int i = 0; i < data.Length; i++) data[i] = (float)random.NextDouble();
        return new FeatureMatrix(data, 12, 5.0);
    }
}
