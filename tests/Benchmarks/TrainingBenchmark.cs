using System.Globalization;
using Leitmotif.Core.Training;

namespace Leitmotif.Benchmarks;

/// <summary>
/// Training throughput of one loss on a corpus's pairs: one epoch over a seeded sample of fold 1–3 pairs (validation on a
/// few fold-4 pairs), HCQTs cached beforehand so that only the network's forward and backward passes are timed.
/// </summary>
public static class TrainingBenchmark
{
    private const int ValidationPairs = 8;

    public static int Run(string[] args)
    {
        if (args.Length < 2) return Usage();
        string pairsPath = Path.GetFullPath(args[0]);
        var target = TargetKindNames.TryParse(args[1]) ?? throw new ArgumentException($"unknown loss {args[1]}");
        int perFold = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
        string work = Path.Combine(Path.GetTempPath(), "leitmotif-bench-training");
        var cache = new HcqtCache(Path.Combine(work, "hcqt"));
        var training = TrainingSet.Load(pairsPath, [1, 2, 3], target, cache, perFold);
        var validation = TrainingSet.Load(pairsPath, [4], target, cache, ValidationPairs);
        var trainingExamples = Measure.Run("load and cache HCQT", () => training.ToList());
        var validationExamples = validation.ToList();
        double audioSeconds = trainingExamples.Sum(e => e.Input.Frames) / Core.Spectral.HcqtFrames.FrameRate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loss {args[1]}: {trainingExamples.Count} training segments ({audioSeconds:0} s of audio), {validationExamples.Count} validation; {Environment.ProcessorCount} threads"));

        string run = Path.Combine(work, "run-" + args[1]);
        if (Directory.Exists(run)) Directory.Delete(run, recursive: true);
        var options = new TrainingOptions(target, MaxEpochs: 1);
        Measure.Run("one epoch (train + validate)", () => new ChromaTrainer(options).Train("bench", trainingExamples, validationExamples, run));
        double seconds = Measure.LastElapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {trainingExamples.Count / seconds:0.00} segments/s, {audioSeconds / seconds:0.0} audio s/s, {seconds / Math.Ceiling(trainingExamples.Count / (double)options.BatchSize):0.00} s per step of {options.BatchSize}"));
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Leitmotif.Benchmarks train <pairs.jsonl> ctc|linear|strong [pairsPerFold=32]");
        return 2;
    }
}
