using System.Globalization;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;

namespace Leitmotif.Benchmarks;

/// <summary>
/// One theme against many hours of indexed CENS features (30-minute recordings of random unit chroma), as the
/// recording grains do it: matching function, best end, backtracking; on one core and on all cores.
/// </summary>
public static class MatchingBenchmark
{
    private const double RecordingMinutes = 30;

    public static int Run(string[] args)
    {
        double hours = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        double themeSeconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var cens = new CensFeatures();
        double rate = cens.FeatureRate;
        var random = new Random(1);
        int count = (int)Math.Ceiling(hours * 60 / RecordingMinutes);
        var recordings = Enumerable.Range(0, count).Select(_ => RandomChroma(random, (int)(RecordingMinutes * 60 * rate), rate)).ToList();
        var notes = Enumerable.Range(0, (int)(themeSeconds * 2)).Select(i => new Leitmotif.Core.Themes.Note(i * 0.5, 0.5, 60 + random.Next(12))).ToList();
        var query = QueryBuilder.Build(notes, cens);
        long cells = (long)query.Frames * recordings.Sum(r => r.Frames);
        Console.WriteLine($"{count} recordings, {hours} h at {rate} Hz; theme {themeSeconds} s = {query.Frames} frames; {cells / 1e6:0.0} M cells");

        var shard = recordings.Select((r, i) => ($"r{i}", r)).ToList();
        var themes = new[] { new ThemeQuery(0, [(1.0, query)]) };
        IReadOnlyList<IReadOnlyList<RankedMatch>> Match(int threads)
        {
            var scores = ShardMatcher.Score(shard, themes, transpose: false, matches: 1, threads);
            return ShardMatcher.Rank(scores, new ThemeVersions(themes, transpose: false), scores.Spreads, k: 10);
        }
        Match(1);
        Measure.Run("one core", () => Match(1));
        Console.WriteLine($"  {cells / Measure.LastElapsed.TotalSeconds / 1e9:0.00} G cells/s");
        Measure.Run($"{Environment.ProcessorCount} cores", () => Match(Environment.ProcessorCount));
        Console.WriteLine($"  {cells / Measure.LastElapsed.TotalSeconds / 1e9:0.00} G cells/s");
        return 0;
    }

    /// <summary>Frames of 12 random non-negative values, each frame L2-normalised.</summary>
    internal static FeatureMatrix RandomChroma(Random random, int frames, double rate)
    {
        var features = new FeatureMatrix(frames, 12, rate);
        for (int m = 0; m < frames; m++)
        {
            var frame = features.Frame(m);
            float norm = 0;
            for (int k = 0; k < 12; k++)
            {
                frame[k] = (float)random.NextDouble();
                norm += frame[k] * frame[k];
            }
            for (int k = 0; k < 12; k++) frame[k] /= MathF.Sqrt(norm);
        }
        return features;
    }
}
