using System.Diagnostics;
using System.Globalization;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;

namespace Leitmotif.Benchmarks;

/// <summary>
/// The deep-chroma chain on a synthetic recording: HCQT alone, the network alone (on that HCQT), and the whole
/// <c>ctc:</c> feature computation with its peak memory; then native memory over many short inferences.
/// </summary>
public static class DeepChromaBenchmark
{
    private const string ModelId = "v2_ctc_train345valid1";

    public static int Run(string[] args)
    {
        double minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        string models = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "data", "ctc_chroma", "models");
        var path = Path.Combine(Path.GetTempPath(), $"leitmotif-bench-{minutes}min-22050Hz-1ch.wav");
        if (!File.Exists(path)) SyntheticWav.Write(path, minutes * 60, 22050, 1);
        double seconds = minutes * 60;
        Console.WriteLine($"input: {minutes} min synthetic WAV, 22050 Hz mono; model {ModelId}; {Environment.ProcessorCount} threads");

        var weights = new ModelCatalog(models).Load(ModelId);
        using var model = new ChromaModel(weights);
        var hcqt = Measure.Run("HCQT (25 Hz magnitudes)", () =>
        {
            using var audio = AudioReader.Open(path);
            return Hcqt.Magnitudes(audio);
        });
        Console.WriteLine($"  real-time factor {seconds / Measure.LastElapsed.TotalSeconds:0}x; {hcqt.Frames} frames, store {hcqt.StoreBytes / 1048576.0:0} MiB");
        Measure.Run("network (chunked inference)", () => model.Infer(hcqt.Frames, hcqt.ToFrames));
        Console.WriteLine($"  real-time factor {seconds / Measure.LastElapsed.TotalSeconds:0}x on {model.DeviceName}");
        using var features = new DeepChromaFeatures(weights);
        Measure.Run($"ctc:{ModelId} features, whole chain", () =>
        {
            using var audio = AudioReader.Open(path);
            return features.Compute(audio);
        });
        Console.WriteLine($"  real-time factor {seconds / Measure.LastElapsed.TotalSeconds:0}x");
        return 0;
    }

    /// <summary>Resident memory over many short inferences: native memory must not grow with their number.</summary>
    public static int NativeMemory(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        string models = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "data", "ctc_chroma", "models");
        using var model = new ChromaModel(new ModelCatalog(models).Load(ModelId));
        var random = new Random(1);
        var input = new float[250 * HcqtFrames.Bins * HcqtFrames.Harmonics];
        for (int i = 0; i < input.Length; i++) input[i] = (float)random.NextDouble();
        var frames = new HcqtFrames(input, 250);
        for (int i = 1; i <= count; i++)
        {
            model.Infer(frames);
            if (i == 1 || i % (count / 6) == 0)
            {
                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"after {i,4} inferences of 10 s: resident {process.WorkingSet64 / 1048576.0:0} MiB");
            }
        }
        return 0;
    }
}
