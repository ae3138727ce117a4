using System.CommandLine;
using Leitmotif.Abstractions;
using Leitmotif.Client.Cluster;
using Leitmotif.Client.Output;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif prune</c>: drops the recordings whose source is gone.</summary>
public static class PruneCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("prune",
            "Drop the recordings whose file or blob is gone from the index, with their features (mount a disk that holds recordings first)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            await IndexFormat.RequireCurrentAsync(session.Client);
            var removal = await session.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).PruneAsync(null);
            Console.WriteLine($"removed {removal.Removed.Sum()}, {removal.Remaining} recording(s) left");
            return Failures.Report("recording(s) could not be checked and were kept;", removal.Failures.Select(f => f.Reason).ToList()) ? 1 : 0;
        });
        return command;
    }
}
