using System.Runtime.InteropServices;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;

namespace Leitmotif.Benchmarks;

/// <summary>A corpus's recording features for the matching study, computed once per kind and kept as raw float32 files.</summary>
public static class StudyFeatures
{
    /// <summary>Features of each file in <paramref name="paths"/>, read from <paramref name="cacheFolder"/> or computed there.</summary>
    public static FeatureMatrix[] Load(IReadOnlyList<string> paths, IChromaFeatures kind, string kindName, string cacheFolder)
    {
        string folder = Path.Combine(cacheFolder, kindName.Replace(':', '_'));
        Directory.CreateDirectory(folder);
        var features = new FeatureMatrix[paths.Count];
        int done = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string cached = Path.Combine(folder, Path.GetFileNameWithoutExtension(paths[i]) + ".f32");
            if (File.Exists(cached))
            {
                features[i] = new FeatureMatrix(MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(cached)).ToArray(), 12, kind.FeatureRate);
            }
            else
            {
                features[i] = RecordingFeatures.Compute(paths[i], kind);
                File.WriteAllBytes(cached + ".tmp", MemoryMarshal.AsBytes(features[i].Data.AsSpan()).ToArray());
                File.Move(cached + ".tmp", cached, overwrite: true);
            }
            int count = Interlocked.Increment(ref done);
            if (count % 25 == 0) Console.Error.WriteLine($"  features {kindName}: {count}/{paths.Count}");
        });
        return features;
    }
}
