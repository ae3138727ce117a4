using System.Diagnostics;
using System.Globalization;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;
using TorchSharp;

namespace Leitmotif.Benchmarks;

/// <summary>
/// The deep-chroma chain per inference path this machine offers, in one run: HCQT alone, the network alone (on that HCQT),
/// the whole <c>ctc:</c> feature computation, and the baseline — a plain TorchSharp fp32 forward of the same network on one
/// 1,500-frame chunk — as real-time factors; and each path's largest chroma difference from the fp32 path.
/// </summary>
public static class DeepChromaBenchmark
{
    private const string ModelId = "v2_ctc_train345valid1";
    private const int BaselineFrames = 1500;

    public static int Run(string[] args)
    {
        double minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        string models = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "data", "ctc_chroma", "models");
        var options = new ChromaInferenceOptions(
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : new ChromaInferenceOptions().ChunkFrames,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : null);
        var path = Path.Combine(Path.GetTempPath(), $"leitmotif-bench-{minutes}min-22050Hz-1ch.wav");
        if (!File.Exists(path)) SyntheticWav.Write(path, minutes * 60, 22050, 1);
        double seconds = minutes * 60;
        Console.WriteLine($"input: {minutes} min synthetic WAV, 22050 Hz mono; model {ModelId}; {Environment.ProcessorCount} threads; " +
                          $"CPU offers {CpuOffer.Current}; chunks of {options.ChunkFrames} frames, {options.ChunksPerBatch?.ToString() ?? "default"} per batch");

        var weights = new ModelCatalog(models).Load(ModelId);
        HcqtMagnitudes Magnitudes(int threads)
        {
            using var audio = AudioReader.Open(path);
            return Hcqt.Magnitudes(audio, threads: threads);
        }
        var hcqt = Magnitudes(0); // warm-up
        double hcqtRtf = seconds / Best(() => Magnitudes(0));
        double hcqtOneThreadRtf = seconds / Best(() => Magnitudes(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hcqt_rtf={hcqtRtf:0.0} hcqt_one_thread_rtf={hcqtOneThreadRtf:0.0} (best of {Rounds})"));
        double baselineRtf = BaselineRealTimeFactor(weights, hcqt.ToFrames(0, Math.Min(BaselineFrames, hcqt.Frames)));

        float[]? reference = null;
        foreach (var inference in Paths())
        {
            using var model = new ChromaModel(weights, inference, options);
            var output = model.Infer(hcqt.Frames, hcqt.ToFrames); // warm-up; first-run set-up is not part of the rate
            double networkRtf = seconds / Best(() => model.Infer(hcqt.Frames, hcqt.ToFrames));
            using var features = new DeepChromaFeatures(weights, inference);
            double chainRtf = seconds / Best(() =>
            {
                using var audio = AudioReader.Open(path);
                return features.Compute(audio);
            });
            reference ??= output.Chroma;
            double difference = reference.Zip(output.Chroma, (a, b) => Math.Abs(a - b)).Max();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"precision={InferencePath.NameOf(inference.Precision)} engine=torchsharp " +
                $"hcqt_rtf={hcqtRtf:0.0} network_rtf={networkRtf:0.0} chain_rtf={chainRtf:0.0} baseline_network_rtf={baselineRtf:0.0} " +
                $"max_chroma_diff_from_fp32={difference:G3}"));
        }
        return 0;
    }

    private const int Rounds = 3;

    /// <summary>The shortest of <see cref="Rounds"/> runs of <paramref name="run"/>, in seconds: this machine is shared and
    /// noisy, and the shortest run is the one least disturbed.</summary>
    private static double Best<T>(Func<T> run)
    {
        double best = double.MaxValue;
        for (int round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>fp32 first (the reference of the differences), then bf16 where this machine has it natively.</summary>
    private static IEnumerable<InferencePath> Paths() =>
        InferencePath.Offered(CpuOffer.Current, cuda: false).Select(precision => new InferencePath(precision));

    /// <summary>Real-time factor of a plain TorchSharp fp32 forward of the network on <paramref name="chunk"/>: the median of
    /// five passes after one warm-up pass.</summary>
    private static double BaselineRealTimeFactor(ModelWeights weights, HcqtFrames chunk)
    {
        torch.set_num_threads(Environment.ProcessorCount);
        using var network = ChromaNetwork.FromWeights(weights);
        network.eval();
        using var noGrad = torch.no_grad();
        using var frameMajor = torch.tensor(chunk.Data, [1, chunk.Frames, HcqtFrames.Bins, HcqtFrames.Harmonics]);
        using var input = frameMajor.permute(0, 3, 1, 2).contiguous();
        var times = new List<double>();
        for (int pass = 0; pass < 6; pass++)
        {
            var clock = Stopwatch.StartNew();
            using (network.forward(input)) { }
            if (pass > 0) times.Add(clock.Elapsed.TotalSeconds);
        }
        double median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine($"baseline: plain TorchSharp fp32 forward of {chunk.Frames} frames, median {median:0.000} s");
        return chunk.Frames / HcqtFrames.FrameRate / median;
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
