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
        var paths = new Argument<string[]>("themes") { Description = "Theme files or folders (searched recursively for .mid, .midi, .csv)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the rankings as JSON", Required = true };
        var matching = new MatchingOptions();
        var command = new Command("batch-query", "Find many themes in the indexed recordings and write the rankings as JSON") { paths, output };
        matching.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            OutputFiles.RequireFolder("--output", parse.GetValue(output)!);
            var (files, missing) = InputFiles.Expand(parse.GetValue(paths)!, InputFiles.ThemeExtensions);
            var (themes, failures) = ThemeLoader.Load(files, matching.ToThemeReadOptions(parse));
            failures.InsertRange(0, missing.Select(m => $"{m.Path}: {m.Reason}"));
            if (themes.Count > 0)
            {
                await using var session = await global.ConnectAsync(parse);
                var options = await matching.ToQueryOptionsAsync(parse, session.Client);
                var rankings = await QueryRunner.RunAsync(session.Client, themes, options, cancellationToken);
                JsonFiles.Write(parse.GetValue(output)!, Rankings.ToResults(rankings));
                Console.WriteLine($"wrote rankings of {rankings.Count} theme(s) to {parse.GetValue(output)}");
            }
            else if (failures.Count == 0) failures.Add("no theme files (.mid, .midi, .csv) found in the paths given");
            return Failures.Report("theme(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
