using System.CommandLine;
using System.Text.Json;
using Leitmotif.Client.Output;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif query &lt;theme-file&gt;</c>: ranks the indexed recordings by how well they contain one theme.</summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var theme = new Argument<string>("theme") { Description = "Theme file: MIDI (.mid), MusicXML (.musicxml, .xml, .mxl), CSV (onset,duration,pitch), or an audio excerpt (.wav, .mp3, .ogg)" };
        var json = new Option<bool>("--json") { Description = "Print the ranking as results.json does" };
        var matching = new MatchingOptions();
        var command = new Command("query", "Find one theme in the indexed recordings") { theme, json };
        matching.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (themes, audioFiles, failures) = ThemeLoader.Load([parse.GetValue(theme)!], matching.ToThemeReadOptions(parse));
            if (failures.Count > 0)
            {
                Console.Error.WriteLine($"error: {failures[0]}");
                return 2;
            }
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var options = await matching.ToQueryOptionsAsync(parse, session.Client);
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
            return 0;
        });
        return command;
    }
}
