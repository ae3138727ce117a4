using System.CommandLine;
using System.Globalization;
using Leitmotif.Abstractions;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif list</c>: the indexed recordings.</summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("list", "List the indexed recordings with their duration and feature kinds");
        command.SetAction(async parse =>
        {
            await using var session = await global.ConnectAsync(parse);
            var recordings = await session.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).ListAsync();
            foreach (var r in recordings)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.DurationSeconds,9:0.0} s  {string.Join(",", r.FeatureKinds),-10}  {r.Path}"));
            Console.WriteLine($"{recordings.Count} recording(s)");
            return 0;
        });
        return command;
    }
}
