using Leitmotif.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Leitmotif.Grains.Tests;

/// <summary>An in-process Orleans cluster with Leitmotif's storage in a temporary data folder, started and stopped on demand.</summary>
public sealed class LeitmotifCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private LeitmotifCluster(InProcessTestCluster cluster) => _cluster = cluster;

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => _cluster.Client;

    /// <summary>How often job reminders fire here: often, so that a restarted job goes on within seconds.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(2);

    /// <summary>Deploys one silo whose grain state, reminders and features live in <paramref name="dataDirectory"/>, with shards
    /// of at most <paramref name="shardCapacity"/> recordings when given, and <paramref name="services"/> registered last.</summary>
    public static async Task<LeitmotifCluster> StartAsync(string dataDirectory, int? shardCapacity = null, Action<IServiceCollection>? services = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddLeitmotif(dataDirectory);
            silo.Services.Configure<JobOptions>(o => o.ReminderPeriod = ReminderPeriod);
            if (shardCapacity is { } capacity) silo.Services.Configure<ShardOptions>(o => o.Capacity = capacity);
            services?.Invoke(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new LeitmotifCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
