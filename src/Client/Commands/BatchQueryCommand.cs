using System.CommandLine;
using Leitmotif.Client.Output;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif batch-query &lt;folder|file&gt;... --output results.json</c>: many themes in one batch.</summary>
public static class BatchQueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("themes") { Description = $"Theme files or folders (searched recursively for {string.Join(", ", InputFiles.ThemeExtensions)})", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the rankings as JSON", Required = true };
        var matching = new MatchingOptions();
        var command = new Command("batch-query", "Find many themes in the indexed recordings and write the rankings as JSON") { paths, output };
        matching.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            OutputFiles.RequireFolder("--output", parse.GetValue(output)!);
            var given = parse.GetValue(paths)!;
            var (files, missing) = InputFiles.Expand(given, InputFiles.ThemeExtensions);
            if (files.Count == 0)
            {
                var missingPaths = missing.Select(m => m.Path).ToList();
                throw InputFiles.NoneFound("batch-query", "theme", InputFiles.ThemeExtensions, given.Except(missingPaths).ToList(), missingPaths);
            }
            var (themes, audioFiles, failures) = ThemeLoader.Load(files, matching.ToThemeReadOptions(parse));
            failures.InsertRange(0, missing.Select(m => $"{m.Path}: {m.Reason}"));
            if (themes.Count + audioFiles.Count > 0)
            {
                await using var session = await global.ConnectAsync(parse, cancellationToken);
                var options = await matching.ToQueryOptionsAsync(parse, session.Client);
                var (audioThemes, audioFailures) = ThemeLoader.LoadAudio(audioFiles, options.FeatureKind, global.ModelsDirectory(parse));
                themes.AddRange(audioThemes);
                failures.AddRange(audioFailures);
                if (themes.Count > 0)
                {
                    var rankings = await QueryRunner.RunAsync(session.Client, themes, options, cancellationToken);
                    JsonFiles.Write(parse.GetValue(output)!, Rankings.ToResults(rankings));
                    Console.WriteLine($"wrote rankings of {rankings.Count} theme(s) to {parse.GetValue(output)}");
                }
            }
            return Failures.Report("theme(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
