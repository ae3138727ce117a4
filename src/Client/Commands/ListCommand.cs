using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Leitmotif.Abstractions;
using Leitmotif.Client.Cluster;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif list [--offset N] [--limit N] [--json]</c>: a page of the indexed recordings, read shard by shard.</summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var offset = new Option<int>("--offset") { Description = "Position of the first recording to list (default 0)", DefaultValueFactory = _ => 0 };
        var limit = new Option<int>("--limit") { Description = "Recordings to list at most (default 1000, at most 10000)", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Write the page as JSON: total, offset and the recordings" };
        var command = new Command("list", "List the indexed recordings with their duration, feature kinds, name and location, a page at a time") { offset, limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            int from = parse.GetValue(offset), count = parse.GetValue(limit);
            if (from < 0) throw new Core.InputException("--offset", $"{from} is negative");
            if (count is < 1 or > 10_000) throw new Core.InputException("--limit", $"{count} is not between 1 and 10000");
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            await IndexFormat.RequireCurrentAsync(session.Client);
            var page = await session.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).ListAsync(from, count);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    total = page.Total,
                    offset = page.Offset,
                    recordings = page.Recordings.Select(r => new { id = r.Id, name = r.Name, location = r.Location, seconds = Math.Round(r.DurationSeconds, 3), featureKinds = r.FeatureKinds }),
                }, new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }
            foreach (var r in page.Recordings)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.DurationSeconds,9:0.0} s  {string.Join(",", r.FeatureKinds),-10}  {r.Name}  ({r.Location})"));
            Console.WriteLine(page.Recordings.Count == page.Total
                ? $"{page.Total} recording(s)"
                : $"recordings {page.Offset + 1}–{page.Offset + page.Recordings.Count} of {page.Total} (--offset {page.Offset + page.Recordings.Count} for the next page)");
            return 0;
        });
        return command;
    }
}
