using System.CommandLine;
using System.Text.Json;
using Leitmotif.Client.Output;
using Leitmotif.Client.Plots;
using Leitmotif.Core;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif query &lt;theme-file&gt; [--plot match.png|svg [--rank N]]</c>: ranks the indexed recordings by how well they
/// contain one theme, and draws its match in one of them.</summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var theme = new Argument<string>("theme") { Description = "Theme file: MIDI (.mid), MusicXML (.musicxml, .xml, .mxl), CSV (onset,duration,pitch), or an audio excerpt (any format index reads)" };
        var json = new Option<bool>("--json") { Description = "Print the ranking as results.json does" };
        var plot = new Option<string?>("--plot")
        {
            Description = "Draw the match in the --rank-th recording into this file (.png or .svg): the theme's chroma, the recording's " +
                          "around the match, the warping path and the matching function",
        };
        var rank = new Option<int>("--rank") { Description = "Which recording of the ranking --plot draws (default 1, the best)", DefaultValueFactory = _ => 1 };
        var matching = new MatchingOptions();
        var command = new Command("query", "Find one theme in the indexed recordings") { theme, json, plot, rank };
        matching.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var plotPath = parse.GetValue(plot);
            int plotRank = parse.GetValue(rank);
            if (plotPath != null) PlotFile.Require("--plot", plotPath);
            if (plotRank < 1) throw new InputException($"--rank {plotRank}", "must be at least 1");
            if (plotPath == null && parse.GetResult(rank) is { Implicit: false }) throw new InputException($"--rank {plotRank}", "picks the recording --plot draws; give --plot too");
            var (themes, audioFiles, failures) = ThemeLoader.Load([parse.GetValue(theme)!], matching.ToThemeReadOptions(parse));
            if (failures.Count > 0)
            {
                Console.Error.WriteLine($"error: {failures[0]}");
                return 2;
            }
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var options = await matching.ToQueryOptionsAsync(parse, session.Client);
            if (plotRank > options.Top) throw new InputException($"--rank {plotRank}", $"lies beyond --top {options.Top}");
            var (audioThemes, audioFailures) = ThemeLoader.LoadAudio(audioFiles, options.FeatureKind, global.ModelsDirectory(parse));
            if (audioFailures.Count > 0)
            {
                Console.Error.WriteLine($"error: {audioFailures[0]}");
                return 2;
            }
            themes.AddRange(audioThemes);
            var rankings = await QueryRunner.RunAsync(session.Client, themes, options, cancellationToken);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(Rankings.ToResults(rankings), JsonFiles.SerializerOptions));
            else
                Rankings.Print(rankings, Console.Out);
            if (plotPath != null)
            {
                await MatchPlot.DrawAsync(session.Client, themes[0], rankings[0], options, plotRank, plotPath);
                Console.Error.WriteLine($"wrote {plotPath}");
            }
            return 0;
        });
        return command;
    }
}
