using System.Diagnostics;
using System.Globalization;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;
using Leitmotif.Core.Themes;

namespace Leitmotif.Benchmarks;

/// <summary>
/// Chooses how to compare matching costs across tempo versions, by fold: every rule (normalisation × standardisation × tempo
/// set) is scored on the corpus's three theme sets; for each fold the rule with the best mean MRR on the other four folds is
/// reported on it, and so is a confidence threshold. Prints the tables of docs/benchmarks.md.
/// </summary>
public static class MatchingStudy
{
    private static readonly double[] Grid = Enumerable.Range(-4, 9).Select(k => Math.Round(Math.Pow(2, k / 4.0), 2)).ToArray();
    private static readonly int[][] TempoSets = [[4], [3, 4, 5], [2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 6, 7, 8]];
    private static readonly string[] Sets = ["themes", "themes_score", "themes_stress"];

    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: matching-study <corpus> <kind> <cacheFolder> [modelsDir]");
            return 2;
        }
        string corpus = Path.GetFullPath(args[0]), kindName = args[1];
        var kind = new FeatureKindRegistry(args.Length > 3 ? args[3] : null).Resolve(kindName);
        var manifest = CorpusManifest.Read(corpus);
        var truth = JsonFiles.Read<TruthEntry>(Path.Combine(corpus, CorpusBuilder.TruthFile));
        var foldOf = manifest.Themes.ToDictionary(t => Path.GetFileName(t.File), t => t.Fold, StringComparer.Ordinal);
        var recordingFiles = manifest.Recordings.Where(r => r.Benchmark).Select(r => Path.Combine(corpus, r.File)).Order(StringComparer.Ordinal).ToList();
        var recordings = StudyFeatures.Load(recordingFiles, kind, kindName, args[2]);
        var names = recordingFiles.Select(f => Path.GetFileName(f)).ToArray();
        Console.WriteLine($"kind={kindName} recordings={recordings.Length} frames={recordings.Sum(r => (long)r.Frames)} grid={string.Join(',', Grid)}");

        var sets = new List<StudySet>();
        foreach (var set in Sets.Where(s => Directory.Exists(Path.Combine(corpus, s))))
        {
            var files = Directory.GetFiles(Path.Combine(corpus, set), "*.mid").Order(StringComparer.Ordinal).ToList();
            var queries = files.SelectMany(f => Grid.Select(g => QueryBuilder.Build(ThemeReader.Read(f, new ThemeReadOptions()).Notes, kind, g))).ToList();
            var clock = Stopwatch.StartNew();
            var scans = new[] { MatchCost.PerQueryFrame, MatchCost.PerPathCell }.ToDictionary(c => c, c => StudyScans.Compute(queries, recordings, c));
            long cells = 2 * queries.Sum(q => (long)q.Frames) * recordings.Sum(r => (long)r.Frames);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"set={set} themes={files.Count} queries={queries.Count} scan={clock.Elapsed.TotalSeconds:0.0}s Gcells/s={cells / clock.Elapsed.TotalSeconds / 1e9:0.00}"));
            sets.Add(new StudySet(set, files.Select(Path.GetFileName).ToArray()!, queries, scans));
        }

        var scores = new[] { (VersionScore.Raw, 0.0), (VersionScore.RecordingZChoice, 0), (VersionScore.RecordingZ, 0), (VersionScore.CollectionZ, 0) }
            .Concat(new[] { 0.05, 0.1, 0.2, 0.4 }.Select(l => (VersionScore.TempoPrior, l)));
        var rules = (from cost in new[] { MatchCost.PerQueryFrame, MatchCost.PerPathCell }
                     from score in scores
                     from tempi in TempoSets
                     where tempi.Length > 1 || score.Item1 == VersionScore.Raw
                     select new StudyRule(cost, score.Item1, score.Item2, tempi, Grid)).ToList();
        var answers = rules.ToDictionary(r => r, r => sets.Select(s => Answer(s, r, recordings, names)).ToArray());

        Console.WriteLine("\nall folds, every rule (MRR per set):");
        foreach (var rule in rules)
            Console.WriteLine($"  {rule,-40} " + string.Join("  ", sets.Select((s, i) => string.Create(CultureInfo.InvariantCulture,
                $"{s.Name}={RetrievalEvaluation.Evaluate(answers[rule][i].Results, truth).Mrr:0.000}"))));

        var folds = foldOf.Values.Distinct().Order().ToList();
        var chosen = folds.ToDictionary(f => f, f => rules.MaxBy(r => sets.Select((_, i) => Mrr(answers[r][i].Results, truth, foldOf, g => g != f)).Average())!);
        Console.WriteLine("\nrule chosen on the other folds, per held-out fold:");
        foreach (int f in folds) Console.WriteLine($"  fold {f}: {chosen[f]}");
        PrintHeldOut("today's default (perN, tempo 1)", sets, _ => rules[0], answers, truth, foldOf, folds);
        PrintHeldOut("chosen by fold", sets, f => chosen[f], answers, truth, foldOf, folds);
        ConfidenceStudy(sets, f => chosen[f], answers, truth, foldOf, folds);
        return 0;
    }

    private static void PrintHeldOut(string label, List<StudySet> sets, Func<int, StudyRule> ruleOf,
        Dictionary<StudyRule, SetAnswers[]> answers, IReadOnlyList<TruthEntry> truth, Dictionary<string, int> foldOf, List<int> folds)
    {
        Console.WriteLine($"\n{label}: held-out folds together");
        for (int i = 0; i < sets.Count; i++)
        {
            var results = folds.SelectMany(f => answers[ruleOf(f)][i].Results.Where(r => foldOf[r.Theme] == f)).ToList();
            var s = RetrievalEvaluation.Evaluate(results, truth);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {sets[i].Name,-14} top1={s.Top1:0.000} top10={s.Top10:0.000} MRR={s.Mrr:0.000} localisation={s.Localisation:0.000}"));
        }
    }

    /// <summary>A threshold on the confidence, chosen on four folds to tell correct from wrong top-1 answers, reported on the fifth.</summary>
    private static void ConfidenceStudy(List<StudySet> sets, Func<int, StudyRule> ruleOf,
        Dictionary<StudyRule, SetAnswers[]> answers, IReadOnlyList<TruthEntry> truth, Dictionary<string, int> foldOf, List<int> folds)
    {
        var relevant = truth.GroupBy(t => t.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.Recording).ToHashSet(), StringComparer.Ordinal);
        (double Confidence, bool Correct, int Fold)[] Points(int ruleFold) => sets.SelectMany((_, i) => answers[ruleOf(ruleFold)][i].Results.Select((r, t) =>
            (answers[ruleOf(ruleFold)][i].Confidence[t], r.Ranking.Count > 0 && relevant[r.Theme].Contains(r.Ranking[0].Recording), foldOf[r.Theme]))).ToArray();
        var candidates = Enumerable.Range(0, 61).Select(k => k * 0.1).ToArray();
        int flagged = 0, flaggedCorrect = 0, total = 0, agree = 0, correct = 0;
        Console.WriteLine("\nconfidence threshold (chosen on four folds by accuracy of 'convincing ⇔ correct top-1'):");
        foreach (int f in folds)
        {
            var points = Points(f);
            var train = points.Where(p => p.Fold != f).ToArray();
            double threshold = candidates.MaxBy(c => train.Count(p => (p.Confidence >= c) == p.Correct));
            var test = points.Where(p => p.Fold == f).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fold {f}: threshold {threshold:0.0}"));
            total += test.Length;
            agree += test.Count(p => (p.Confidence >= threshold) == p.Correct);
            flagged += test.Count(p => p.Confidence < threshold);
            flaggedCorrect += test.Count(p => p.Confidence < threshold && p.Correct);
            correct += test.Count(p => p.Correct);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  held out, all sets: agreement {agree / (double)total:0.000}; 'no convincing match' on {flagged / (double)total:0.000} of themes, "
            + $"of which {flaggedCorrect / (double)Math.Max(1, flagged):0.000} were in fact correct; correct top-1 overall {correct / (double)total:0.000}"));
    }

    private static double Mrr(IReadOnlyList<ThemeResult> results, IReadOnlyList<TruthEntry> truth, Dictionary<string, int> foldOf, Func<int, bool> keep)
    {
        var themes = results.Where(r => keep(foldOf[r.Theme])).ToList();
        var names = themes.Select(r => r.Theme).ToHashSet(StringComparer.Ordinal);
        return RetrievalEvaluation.Evaluate(themes, truth.Where(t => names.Contains(t.Theme)).ToList()).Mrr;
    }

    /// <summary>Every theme's ranking of all recordings under <paramref name="rule"/>, the top answer's span by backtracking, and
    /// its confidence: how far the best score lies below the other recordings' scores, in units of their spread.</summary>
    private static SetAnswers Answer(StudySet set, StudyRule rule, FeatureMatrix[] recordings, string[] names)
    {
        int V = Grid.Length;
        var results = new ThemeResult[set.Themes.Length];
        var confidence = new double[set.Themes.Length];
        var scans = set.Scans[rule.Cost];
        for (int t = 0; t < set.Themes.Length; t++)
        {
            var population = rule.Tempi.ToDictionary(v => v, v => MeanAndStd(Enumerable.Range(0, recordings.Length)
                .Select(r => (double)scans.Min(t * V + v, r)).Where(double.IsFinite).ToList()));
            double Choice(int v, int r)
            {
                int q = t * V + v;
                double min = scans.Min(q, r), std = scans.Std(q, r);
                return rule.Score switch
                {
                    VersionScore.RecordingZChoice or VersionScore.RecordingZ => std > 0 ? (min - scans.Mean(q, r)) / std : 0,
                    VersionScore.CollectionZ => population[v].Std > 0 ? (min - population[v].Mean) / population[v].Std : 0,
                    VersionScore.TempoPrior => min * (1 + rule.Lambda * Math.Abs(Math.Log(Grid[v]))),
                    _ => min,
                };
            }
            var best = Enumerable.Range(0, recordings.Length)
                .Select(r => rule.Tempi.Where(v => double.IsFinite(scans.Min(t * V + v, r))).Select(v => (Choice: Choice(v, r), Query: t * V + v, Recording: r))
                    .DefaultIfEmpty((Choice: double.PositiveInfinity, Query: -1, Recording: r)).MinBy(x => x.Choice))
                .Where(x => x.Query >= 0)
                .Select(x => (Score: rule.Score == VersionScore.RecordingZChoice ? scans.Min(x.Query, x.Recording) : x.Choice, x.Query, x.Recording))
                .OrderBy(x => x.Score).ThenBy(x => names[x.Recording], StringComparer.Ordinal)
                .ToList();
            var ranking = best.Select(x => new RankedRecording(names[x.Recording], x.Score, 0, 0)).ToList();
            if (best.Count > 0)
            {
                var top = best[0];
                var match = SubsequenceDtw.Backtrack(set.Queries[top.Query], recordings[top.Recording], scans.End(top.Query, top.Recording), rule.Cost);
                double rate = recordings[top.Recording].FeatureRate;
                ranking[0] = ranking[0] with { Start = match.StartFrame / rate, End = (match.EndFrame + 1) / rate };
                // As the product computes it: the top version's raw cost against that version's costs in the other recordings.
                var (mean, std) = MeanAndStd(Enumerable.Range(0, recordings.Length).Where(r => r != top.Recording)
                    .Select(r => (double)scans.Min(top.Query, r)).Where(double.IsFinite).ToList());
                confidence[t] = std > 0 ? (mean - scans.Min(top.Query, top.Recording)) / std : 0;
            }
            results[t] = new ThemeResult(set.Themes[t], ranking);
        }
        return new SetAnswers(results, confidence);
    }

    private static (double Mean, double Std) MeanAndStd(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return (0, 0);
        double mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / values.Count));
    }

    private sealed record StudySet(string Name, string[] Themes, List<FeatureMatrix> Queries, Dictionary<MatchCost, StudyScans> Scans);

    private sealed record SetAnswers(ThemeResult[] Results, double[] Confidence);
}
