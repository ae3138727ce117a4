using System.CommandLine;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Output;
using Leitmotif.Core;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>
/// <c>leitmotif evaluate-models --corpus &lt;dir&gt; --features cens,cqt,ctc:own_ctc</c>: indexes the corpus's benchmark
/// recordings with every kind needed, matches each test fold's themes, and prints one table of scores by fold.
/// </summary>
public static class EvaluateModelsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var corpus = new Option<string>("--corpus") { Description = "A corpus folder written by 'leitmotif corpus build'", Required = true };
        var features = new Option<string>("--features")
        {
            Description = "Comma-separated kinds (cens, cqt, ctc:<model-id>, ctc:<model-id>+<model-id>...: evaluated on every fold) and cross-validated families (ctc:<name>_<loss>, e.g. ctc:own_ctc: "
                          + "each rotation model is tested only on its held-out fold)",
            Required = true,
        };
        var themeSet = new Option<string>("--themes")
        {
            Description = "Which tempo version of the corpus's themes to query: themes_score (the score's tempo, as a user has it), themes (the performance's own mean tempo) or themes_stress",
            DefaultValueFactory = _ => CorpusBuilder.ScoreThemesFolder,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Also write every fold's scores as JSON" };
        var precision = new PrecisionOption();
        var command = new Command("evaluate-models", "Compare feature kinds and trained models on a corpus, fold by fold: top-1, top-10, MRR, localisation")
        {
            corpus, features, themeSet, precision.Option, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(output) is { } outputPath) OutputFiles.RequireFolder("--output", outputPath);
            string folder = Path.GetFullPath(parse.GetValue(corpus)!);
            string themesFolder = parse.GetValue(themeSet)!;
            if (!ThemeFiles.Folders.Contains(themesFolder))
                throw new InputException($"--themes {themesFolder}", $"use one of {string.Join(", ", ThemeFiles.Folders)}");
            var manifest = CorpusManifest.Read(folder);
            var truth = JsonFiles.Read<TruthEntry>(Path.Combine(folder, CorpusBuilder.TruthFile));
            var requested = parse.GetValue(features)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (requested.Length == 0) throw new InputException("--features", "name at least one feature kind");
            string? network = precision.Read(parse);

            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var kinds = await session.Client.GetGrain<IFeatureKindGrain>(0).GetAsync();
            PrecisionOption.Check(network, kinds);
            var available = kinds.Kinds;
            var plan = FoldEvaluationPlan.Plan(requested, available, manifest.Themes.Select(t => t.Fold).ToHashSet());
            var recordings = manifest.Recordings.Where(r => r.Benchmark).Select(r => Path.Combine(folder, r.File)).ToList();
            var failures = new List<string>();
            var scores = new List<(FoldEvaluationTask Task, FoldScore Score)>();
            foreach (var byKind in plan.GroupBy(t => t.Kind, StringComparer.OrdinalIgnoreCase))
            {
                var indexed = await IndexRunner.RunAsync(session.Client, recordings, byKind.Key, cancellationToken, network);
                failures.AddRange(IndexRunner.FailureLines(indexed).Except(failures));
                var folds = byKind.Select(t => t.Fold).ToHashSet();
                var themeFiles = manifest.Themes.Where(t => folds.Contains(t.Fold)).Select(t => Path.Combine(folder, themesFolder, Path.GetFileName(t.File))).ToList();
                var (themes, _, themeFailures) = ThemeLoader.Load(themeFiles, new ThemeReadOptions());
                failures.AddRange(themeFailures);
                var rankings = await QueryRunner.RunAsync(session.Client, themes, new QueryOptions(byKind.Key, recordings.Count, false, MatchScoring.DefaultTempi, Precision: network), cancellationToken);
                var results = Rankings.ToResults(rankings);
                foreach (var task in byKind)
                {
                    var foldThemes = manifest.Themes.Where(t => t.Fold == task.Fold).Select(t => Path.GetFileName(t.File)).ToHashSet();
                    scores.Add((task, FoldScore.Evaluate(task, results, truth, foldThemes)));
                }
            }

            var rows = plan.Select(t => t.Label).Distinct()
                .Select(label => new FoldedScores(label, [.. scores.Where(s => s.Task.Label == label).Select(s => s.Score).OrderBy(s => s.Fold)]))
                .ToList();
            FoldScoreTable.Print(rows, Console.Out);
            if (parse.GetValue(output) is { } path)
            {
                JsonFiles.Write(path, [.. rows.SelectMany(r => r.Folds.Select(f => new { r.Label, f.Fold, f.Kind, f.Scores }))]);
                Console.Error.WriteLine($"wrote the scores of every fold to {path}");
            }
            return Failures.Report("input(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
