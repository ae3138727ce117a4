using System.CommandLine;
using System.Globalization;
using Leitmotif.Abstractions;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif status</c>: silos, recordings, feature kinds and running jobs.</summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("status", "Show the cluster's silos, what is indexed and what is running");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await global.ConnectAsync(parse, cancellationToken);
            var hosts = await session.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            var status = await session.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).GetStatusAsync();
            var kinds = await session.Client.GetGrain<IFeatureKindGrain>(0).GetAsync();
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine($"cluster       {parse.GetValue(global.Cluster)}, {hosts.Count} active silo(s): {string.Join(", ", hosts.Keys)}");
            if (parse.GetValue(global.Cluster) == "embedded")
                Console.WriteLine($"data          {Path.GetFullPath(parse.GetValue(global.Data)!)}");
            var memory = await session.Client.GetGrain<IShardMemoryGrain>(0).GetAsync();
            Console.WriteLine(string.Create(c, $"recordings    {status.Recordings} ({status.HoursOfAudio:0.00} h of audio) in {status.Shards} shard(s)"));
            Console.WriteLine(string.Create(c,
                $"shard memory  budget {memory.BudgetBytes / 1048576.0:0} MB per silo (Leitmotif:ShardMemoryMB); one silo holds {memory.UsedBytes / 1048576.0:0.0} MB, {memory.Evictions} eviction(s)"));
            Console.WriteLine($"feature kinds {string.Join(", ", kinds.Kinds)} (default {kinds.Default}; networks run on {kinds.Device})");
            Console.WriteLine($"deep chroma inference {kinds.Inference} (--precision {string.Join("|", kinds.Precisions)}; CPU offers {kinds.Cpu}); " +
                              $"training precisions {string.Join(", ", kinds.TrainingPrecisions)}");
            foreach (var (kind, count) in status.FeatureKinds.OrderBy(k => k.Key))
                Console.WriteLine($"indexed       {kind}: {count} recording(s)");
            Console.WriteLine($"running jobs  {(status.ActiveJobs.Count == 0 ? "none" : string.Join(", ", status.ActiveJobs))}");
            Console.WriteLine($"training jobs {(status.ActiveTrainingJobs.Count == 0 ? "none" : string.Join(", ", status.ActiveTrainingJobs))}");
            foreach (var line in await SiloLoad.DescribeAsync(session.Client, hosts.Keys.ToArray())) Console.WriteLine(line);
            return 0;
        });
        return command;
    }
}
