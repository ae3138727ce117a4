using System.Globalization;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;

namespace Leitmotif.Benchmarks;

/// <summary>CENS indexing of one long WAV file: decode, resample, chroma, CENS; wall time and peak memory.</summary>
public static class CensIndexingBenchmark
{
    public static int Run(string[] args)
    {
        double minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        int sampleRate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 22050;
        int channels = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var path = Path.Combine(Path.GetTempPath(), $"leitmotif-bench-{minutes}min-{sampleRate}Hz-{channels}ch.wav");
        if (!File.Exists(path))
        {
            Console.WriteLine($"writing {path} ...");
            SyntheticWav.Write(path, minutes * 60, sampleRate, channels);
        }
        Console.WriteLine($"input: {minutes} min, {sampleRate} Hz, {channels} channel(s), 16-bit PCM, {new FileInfo(path).Length / 1048576.0:0} MiB");
        var features = Measure.Run("CENS indexing", () => RecordingFeatures.Compute(path, new CensFeatures()));
        Console.WriteLine($"frames: {features.Frames} at {features.FeatureRate} Hz; real-time factor {minutes * 60 / Measure.LastElapsed.TotalSeconds:0}x");
        return 0;
    }
}
