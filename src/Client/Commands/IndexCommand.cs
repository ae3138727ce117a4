using System.CommandLine;
using Leitmotif.Client.Output;
using Leitmotif.Core.Audio;

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
            var given = parse.GetValue(paths)!;
            var roots = given.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
            var failures = given.Except(roots).Select(p => $"{p}: no such file or folder").ToList();
            if (AudioFileWalk.Enumerate(AudioFileWalk.NormaliseRoots(roots)).Any())
            {
                await using var session = await global.ConnectAsync(parse);
                var kind = await FeatureKindChoice.ResolveAsync(session.Client, parse.GetValue(features));
                var progress = await IndexRunner.RunAsync(session.Client, roots, kind, cancellationToken);
                Console.WriteLine($"indexed {progress.Indexed}, already indexed {progress.Reused}, failed {progress.Failed} (of {progress.Total})");
                failures.AddRange(IndexRunner.FailureLines(progress));
            }
            else if (failures.Count == 0) failures.Add("no audio files (.wav, .mp3, .ogg) found in the paths given");
            return Failures.Report("recording(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
