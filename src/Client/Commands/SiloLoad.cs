using System.Globalization;

namespace Leitmotif.Client.Commands;

/// <summary>Per silo: how many recordings it holds (active recording grains) and how busy it is, from Orleans' management grain.</summary>
public static class SiloLoad
{
    private const string RecordingGrainType = "Leitmotif.Grains.RecordingGrain";

    /// <summary>One line per silo of <paramref name="silos"/>.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(IClusterClient client, SiloAddress[] silos)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetRuntimeStatistics(silos);
        var grains = await management.GetSimpleGrainStatistics(silos);
        var c = CultureInfo.InvariantCulture;
        return silos.Select((silo, i) =>
        {
            int recordings = grains.Where(g => g.SiloAddress.Equals(silo) && g.GrainType.Contains(RecordingGrainType, StringComparison.Ordinal))
                .Sum(g => g.ActivationCount);
            var s = statistics[i];
            var cpu = s.EnvironmentStatistics.FilteredCpuUsagePercentage;
            return string.Create(c,
                $"silo          {silo}: {recordings} recording(s) active, {s.ActivationCount} grain(s) ({s.RecentlyUsedActivationCount} busy recently), " +
                $"cpu {cpu:0}%, memory {s.EnvironmentStatistics.FilteredMemoryUsageBytes / 1048576.0:0} MB{(s.IsOverloaded ? ", OVERLOADED" : "")}");
        }).ToList();
    }
}
