using System.Globalization;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;

namespace Leitmotif.Benchmarks;

/// <summary>
/// Training throughput and loss curve of one loss on a corpus's pairs, per precision in the same run: a few epochs over a
/// seeded sample of fold 1–3 pairs, validated on a seeded sample of fold 4, HCQTs cached beforehand so that only the network's
/// forward and backward passes are timed. Each precision starts from the same seed, so their curves compare.
/// </summary>
public static class TrainingBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 2) return Usage();
        string pairsPath = Path.GetFullPath(args[0]);
        var target = TargetKindNames.TryParse(args[1]) ?? throw new ArgumentException($"unknown loss {args[1]}");
        int perFold = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
        int epochs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var precisions = (args.Length > 4 ? args[4] : "fp32,bf16").Split(',').Select(p => InferencePath.ParsePrecision(p)!.Value)
            .Where(InferencePath.OfferedHere.Contains).ToList();
        string work = Path.Combine(Path.GetTempPath(), "leitmotif-bench-training");
        var cache = new HcqtCache(Path.Combine(work, "hcqt"));
        var training = TrainingSet.Load(pairsPath, [1, 2, 3], target, cache, perFold);
        var validation = TrainingSet.Load(pairsPath, [4], target, cache, Math.Max(8, perFold / 2));
        var trainingExamples = Measure.Run("load and cache HCQT", () => training.ToList());
        var validationExamples = validation.ToList();
        double audioSeconds = trainingExamples.Sum(e => e.Input.Frames) / Core.Spectral.HcqtFrames.FrameRate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loss {args[1]}: {trainingExamples.Count} training segments ({audioSeconds:0} s of audio), {validationExamples.Count} validation; {Environment.ProcessorCount} threads; CPU {CpuOffer.Current}"));

        foreach (var precision in precisions)
        {
            string run = Path.Combine(work, $"run-{args[1]}-{InferencePath.NameOf(precision)}");
            if (Directory.Exists(run)) Directory.Delete(run, recursive: true);
            var options = new TrainingOptions(target, MaxEpochs: epochs, Precision: precision);
            Measure.Run($"{InferencePath.NameOf(precision)}: {epochs} epoch(s) (train + validate)",
                () => new ChromaTrainer(options).Train("bench", trainingExamples, validationExamples, run));
            foreach (string line in File.ReadLines(Path.Combine(run, TrainingLog.EpochsFile)))
                Console.WriteLine("  " + line);
            double trainingSeconds = File.ReadLines(Path.Combine(run, TrainingLog.EpochsFile))
                .Sum(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("trainingSeconds").GetDouble());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  precision={InferencePath.NameOf(precision)} segments/s={epochs * trainingExamples.Count / trainingSeconds:0.00} audio_s/s={epochs * audioSeconds / trainingSeconds:0.0}"));
        }
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Leitmotif.Benchmarks train <pairs.jsonl> ctc|linear|strong [pairsPerFold=32] [epochs=1] [precisions=fp32,bf16]");
        return 2;
    }
}
