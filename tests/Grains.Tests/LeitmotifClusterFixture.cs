using Leitmotif.Grains.Hosting;
using Orleans.TestingHost;

namespace Leitmotif.Grains.Tests;

/// <summary>An in-process Orleans cluster with Leitmotif's storage in a temporary data folder, started and stopped on demand.</summary>
public sealed class LeitmotifCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private LeitmotifCluster(InProcessTestCluster cluster) => _cluster = cluster;

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => _cluster.Client;

    /// <summary>Deploys one silo whose grain state and features live in <paramref name="dataDirectory"/>.</summary>
    public static async Task<LeitmotifCluster> StartAsync(string dataDirectory)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddLeitmotif(dataDirectory));
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
