using System.Diagnostics;
using System.Globalization;
using System.Runtime.Intrinsics;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Themes;

namespace Leitmotif.Benchmarks;

/// <summary>
/// Issue 12 §3: the batched subsequence-DTW kernel against the single-query one, on one thread, in the same run. Each case
/// prints the old kernel (<see cref="SubsequenceDtw.MatchingFunction"/> and an argmin per query), the new one
/// (<see cref="BatchedSubsequenceDtw.Scan"/> with one match per query) per query frame and per path cell, each the best of
/// a few repetitions after an untimed one (the worst is printed after it, for the spread).
/// </summary>
public static class MatchKernelBenchmark
{
    private const double RecordingSeconds = 3600;
    private const double ThemeSeconds = 10;
    private static readonly double[] Tempi = [0.8, 1.0, 1.25];

    public static int Run(string[] args)
    {
        int repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        string only = args.Length > 1 ? args[1] : "";
        string lanes = Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "Vector128";
        Console.WriteLine($"# match-kernel: {CpuModel()}, Vector512.IsHardwareAccelerated={Vector512.IsHardwareAccelerated}, "
                          + $"Vector256.IsHardwareAccelerated={Vector256.IsHardwareAccelerated}, kernel uses {lanes}; "
                          + $"best and worst of {repetitions} runs, one thread");
        WarmUp();
        foreach (double rate in new[] { 25.0, 5.0 })
        {
            string suffix = rate == 25 ? "" : $"-cens{rate:0}hz";
            var random = new Random(1);
            var recording = MatchingBenchmark.RandomChroma(random, (int)(RecordingSeconds * rate), rate);
            var theme = MatchingBenchmark.RandomChroma(random, (int)(ThemeSeconds * rate), rate);
            if ($"theme10s-1h{suffix}".StartsWith(only, StringComparison.Ordinal)) RunCase($"theme10s-1h{suffix}", [theme], recording, repetitions);
            if (!$"batch100x3-1h{suffix}".StartsWith(only, StringComparison.Ordinal)) continue;
            var batch = Enumerable.Range(0, 100).Select(_ => MatchingBenchmark.RandomChroma(random, (int)(ThemeSeconds * rate), rate))
                .SelectMany(t => Tempi.Select(tempo => Resample(t, tempo))).ToList();
            RunCase($"batch100x3-1h{suffix}", batch, recording, repetitions);
        }

        RunNoteCases(only, repetitions);
        return 0;
    }

    /// <summary>Themes as the product builds them from notes (<see cref="QueryBuilder"/>) for <c>ctc:</c> and <c>cqt</c>
    /// (one-hot frames, so the kernel looks their costs up), at 25 Hz: one theme, and 100 themes at three tempi.</summary>
    private static void RunNoteCases(string only, int repetitions)
    {
        var features = new CqtChromaFeatures();
        var random = new Random(2);
        var recording = MatchingBenchmark.RandomChroma(random, (int)(RecordingSeconds * features.FeatureRate), features.FeatureRate);
        var themes = Enumerable.Range(0, 100).Select(_ => RandomNotes(random)).ToList();
        if ("theme10s-1h-notes".StartsWith(only, StringComparison.Ordinal))
            RunCase("theme10s-1h-notes", [QueryBuilder.Build(themes[0], features)], recording, repetitions);
        if (!"batch100x3-1h-notes".StartsWith(only, StringComparison.Ordinal)) return;
        var batch = themes.SelectMany(notes => Tempi.Select(tempo => QueryBuilder.Build(notes, features, tempo))).ToList();
        RunCase("batch100x3-1h-notes", batch, recording, repetitions);
    }

    /// <summary>A 10-second melody of notes of 0.1 to 0.6 s.</summary>
    private static List<Note> RandomNotes(Random random)
    {
        var notes = new List<Note>();
        for (double onset = 0; onset < ThemeSeconds;)
        {
            double duration = Math.Min(0.1 + random.NextDouble() / 2, ThemeSeconds - onset);
            notes.Add(new Note(onset, duration, 60 + random.Next(12)));
            onset += duration;
        }

        return notes;
    }

    private static void RunCase(string name, IReadOnlyList<FeatureMatrix> queries, FeatureMatrix recording, int repetitions)
    {
        var stack = new QueryStack(queries);
        var ends = new MatchEnd[queries.Count];
        var scans = new QueryScan[queries.Count];
        long cells = queries.Sum(q => (long)q.Frames) * recording.Frames;
        string shape = $"N={string.Join('/', queries.Select(q => q.Frames).Distinct())} M={recording.Frames} queries={queries.Count} threads=1";
        void Print(string label, (double Best, double Worst) seconds) =>
            Console.WriteLine($"case={label} {shape} Gcells/s={cells / seconds.Best / 1e9:0.00} worst={cells / seconds.Worst / 1e9:0.00}");

        Print($"{name}-old", Time(repetitions, () =>
        {
            foreach (var query in queries) ArgMin(SubsequenceDtw.MatchingFunction(query, recording));
        }));
        Print(name, Time(repetitions, () => BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerQueryFrame, 1, ends, scans)));
        Print($"{name}-pathcell", Time(repetitions, () => BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerPathCell, 1, ends, scans)));
    }

    /// <summary>Runs every kernel often enough on small inputs for the JIT to reach its optimised tier.</summary>
    private static void WarmUp()
    {
        var random = new Random(0);
        var recording = MatchingBenchmark.RandomChroma(random, 400, 25);
        var stack = new QueryStack([MatchingBenchmark.RandomChroma(random, 50, 25), MatchingBenchmark.RandomChroma(random, 30, 25)]);
        for (int i = 0; i < 60; i++)
        {
            SubsequenceDtw.MatchingFunction(MatchingBenchmark.RandomChroma(random, 50, 25), recording);
            BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerQueryFrame, 1, new MatchEnd[2], new QueryScan[2]);
            BatchedSubsequenceDtw.Scan(stack, recording, MatchCost.PerPathCell, 1, new MatchEnd[2], new QueryScan[2]);
        }

        Thread.Sleep(1000);
    }

    private static (double Best, double Worst) Time(int repetitions, Action work)
    {
        work(); // untimed: the JIT may still be replacing its first code for these loops
        double best = double.MaxValue, worst = 0;
        for (int r = 0; r < repetitions; r++)
        {
            var clock = Stopwatch.StartNew();
            work();
            double seconds = clock.Elapsed.TotalSeconds;
            (best, worst) = (Math.Min(best, seconds), Math.Max(worst, seconds));
        }

        return (best, worst);
    }

    private static int ArgMin(float[] delta)
    {
        int best = -1;
        for (int m = 0; m < delta.Length; m++)
        {
            if (float.IsFinite(delta[m]) && (best < 0 || delta[m] < delta[best])) best = m;
        }

        return best;
    }

    /// <summary>The theme played at <paramref name="tempo"/> times its speed: round(N / tempo) frames, nearest neighbour.</summary>
    private static FeatureMatrix Resample(FeatureMatrix theme, double tempo)
    {
        int frames = (int)Math.Round(theme.Frames / tempo);
        var resampled = new FeatureMatrix(frames, theme.Dimensions, theme.FeatureRate);
        for (int n = 0; n < frames; n++) theme.Frame(Math.Min(theme.Frames - 1, (int)(n * tempo))).CopyTo(resampled.Frame(n));
        return resampled;
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
}
