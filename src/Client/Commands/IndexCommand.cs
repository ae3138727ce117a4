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
        var paths = new Argument<string[]>("paths")
        {
            Description = "Audio files or folders (searched recursively for .wav, .mp3, .ogg, .flac, .m4a, .opus, .wma), or Blob Storage locations " +
                          "(az://<container>/<prefix>, or https://<account>.blob.core.windows.net/<container>/<prefix>)",
            Arity = ArgumentArity.OneOrMore,
        };
        var features = new Option<string?>("--features") { Description = FeatureKindChoice.Description };
        var precision = new PrecisionOption();
        var command = new Command("index", "Index recordings, named by their path below the root given: compute and store their features; re-running indexes only new and changed files and drops those gone from below the roots")
        {
            paths, features, precision.Option,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(paths)!;
            string? network = precision.Read(parse);
            // Blob locations are listed by the silos, which hold the storage account; local ones are checked here.
            var blobs = given.Where(RecordingLocations.IsUri).ToList();
            var local = given.Except(blobs).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
            var missing = given.Except(blobs).Except(local).ToList();
            if (blobs.Count == 0 && !AudioFileWalk.Enumerate(AudioFileWalk.NormaliseRoots(local)).Any())
                throw InputFiles.NoneFound("index", "audio", AudioFileWalk.Extensions, local, missing);

            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var kind = await FeatureKindChoice.ResolveAsync(session.Client, parse.GetValue(features), network);
            var progress = await IndexRunner.RunAsync(session.Client, local.Concat(blobs).ToList(), kind, cancellationToken, network);
            Console.WriteLine($"{progress.Counts} (of {progress.Total}); features computed for {progress.Counts.FeaturesComputed}");
            var failures = missing.Select(p => $"{p}: no such file or folder").Concat(IndexRunner.FailureLines(progress)).ToList();
            return Failures.Report("recording(s)", failures) ? 1 : 0;
        });
        return command;
    }
}
