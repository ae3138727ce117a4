using System.CommandLine;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif index &lt;folder|file&gt;...</c>: computes and stores features of recordings.</summary>
public static class IndexCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths") { Description = "Audio files or folders (searched recursively for .wav, .mp3, .ogg)", Arity = ArgumentArity.OneOrMore };
        var features = new Option<string?>("--features") { Description = FeatureKindChoice.Description };
        var command = new Command("index", "Index recordings: compute and store their features; re-running skips what is done") { paths, features };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (files, missing) = InputFiles.Expand(parse.GetValue(paths)!, InputFiles.AudioExtensions);
            var failures = missing.Select(m => $"{m.Path}: {m.Reason}").ToList();
            if (files.Count > 0)
            {
                await using var session = await global.ConnectAsync(parse);
                var kind = await FeatureKindChoice.ResolveAsync(session.Client, parse.GetValue(features));
                var progress = await IndexRunner.RunAsync(session.Client, files, kind, cancellationToken);
                Console.WriteLine($"indexed {progress.Indexed}, already indexed {progress.Reused}, failed {progress.Failures.Count} (of {progress.Total})");
                failures.AddRange(progress.Failures.Select(f => f.Reason));
            }
            else if (failures.Count == 0) failures.Add("no audio files (.wav, .mp3, .ogg) found in the paths given");
            return Failures.Report("recording(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
