using System.CommandLine;
using System.Diagnostics;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Output;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>
/// <c>leitmotif demo</c>: builds the demo collection (melodies with accompaniment rendered by the built-in
/// synthesiser, the melodies as MIDI themes and one as audio rendered alone), indexes it, runs every theme and scores the rankings.
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var output = new Option<string?>("--out") { Description = "Folder for the demo collection and its index (default: <data>/demo)" };
        var command = new Command("demo", "Make a small demo collection, index it, find every theme in it and score the result") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var folder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(parse.GetValue(global.Data)!, "demo"));
            var demo = DemoCollection.Create(Path.Combine(folder, "collection"));
            Console.WriteLine($"demo collection: {demo.RecordingsFolder} ({demo.Count} recordings), themes in {demo.ThemesFolder}");

            await using var session = await global.ConnectAsync(parse, cancellationToken, Path.Combine(folder, "store"));
            await FeatureKindChoice.HintWithoutModelsAsync(session.Client);
            var progress = await IndexRunner.RunAsync(session.Client, [demo.RecordingsFolder], FeatureKindRegistry.Cens, cancellationToken);
            if (Failures.Report("recording(s)", IndexRunner.FailureLines(progress).ToList())) return 1;

            var themeFiles = InputFiles.Expand([demo.ThemesFolder], InputFiles.ThemeExtensions).Files;
            var (themes, audioFiles, failures) = ThemeLoader.Load(themeFiles, new ThemeReadOptions());
            var (audioThemes, audioFailures) = ThemeLoader.LoadAudio(audioFiles, FeatureKindRegistry.Cens, global.ModelsDirectory(parse));
            themes.AddRange(audioThemes);
            if (Failures.Report("theme(s)", [.. failures, .. audioFailures])) return 1;
            var options = new QueryOptions(FeatureKindRegistry.Cens, Top: 3, Transpose: false, TempoFactors: MatchScoring.DefaultTempi);
            var rankings = await QueryRunner.RunAsync(session.Client, themes, options, cancellationToken);
            Rankings.Print(rankings, Console.Out);

            var resultsPath = Path.Combine(folder, "results.json");
            var results = Rankings.ToResults(rankings);
            JsonFiles.Write(resultsPath, results);
            Console.WriteLine($"rankings written to {resultsPath}; truth in {demo.TruthFile}");
            EvaluateCommand.Print(RetrievalEvaluation.Evaluate(results, JsonFiles.Read<TruthEntry>(demo.TruthFile)), Console.Out);
            Console.WriteLine($"demo took {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        return command;
    }
}
