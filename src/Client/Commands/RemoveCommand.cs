using System.CommandLine;
using Leitmotif.Abstractions;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.Output;
using Leitmotif.Core;
using Leitmotif.Core.Audio;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif remove &lt;path|folder&gt;...</c>: drops recordings from the index.</summary>
public static class RemoveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Indexed audio files, folders (every recording below them), or Blob Storage locations (az://<container>/<prefix>)",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("remove", "Drop recordings from the index, with their features of every kind; the files stay") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(paths)!;
            var locations = given.Select(p => RecordingLocations.IsUri(p) ? p : Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToList();
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            await IndexFormat.RequireCurrentAsync(session.Client);
            var removal = await session.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).RemoveAsync(locations);
            var unmatched = given.Where((_, i) => removal.Removed[i] == 0).ToList();
            if (unmatched.Count == given.Length)
                throw new InputException(string.Join(", ", given), "no indexed recording at or below it");
            Console.WriteLine($"removed {removal.Removed.Sum()}, {removal.Remaining} recording(s) left");
            return Failures.Report("location(s)", unmatched.Select(p => $"{p}: no indexed recording at or below it").ToList()) ? 1 : 0;
        });
        return command;
    }
}
