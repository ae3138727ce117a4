using System.Globalization;

namespace Leitmotif.Client.Commands;

/// <summary>Per silo: how many shards it holds (active shard grains) and how busy it is, from Orleans' management grain.</summary>
public static class SiloLoad
{
    private const string ShardGrainType = "Leitmotif.Grains.ShardGrain";

    /// <summary>One line per silo of <paramref name="silos"/>.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(IClusterClient client, SiloAddress[] silos)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetRuntimeStatistics(silos);
        var grains = await management.GetSimpleGrainStatistics(silos);
        var c = CultureInfo.InvariantCulture;
        return silos.Select((silo, i) =>
        {
            int shards = grains.Where(g => g.SiloAddress.Equals(silo) && g.GrainType.Contains(ShardGrainType, StringComparison.Ordinal))
                .Sum(g => g.ActivationCount);
            var s = statistics[i];
            var cpu = s.EnvironmentStatistics.FilteredCpuUsagePercentage;
            return string.Create(c,
                $"silo          {silo}: {shards} shard(s) active, {s.ActivationCount} grain(s) ({s.RecentlyUsedActivationCount} busy recently), " +
                $"cpu {cpu:0}%, memory {s.EnvironmentStatistics.FilteredMemoryUsageBytes / 1048576.0:0} MB{(s.IsOverloaded ? ", OVERLOADED" : "")}");
        }).ToList();
    }
}
