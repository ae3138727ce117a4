using Leitmotif.Hosting;
using Leitmotif.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Leitmotif.Grains.Tests.Cluster;

/// <summary>
/// Azurite (persisted in a temporary folder, so it can be restarted) and three azure-mode silo processes on loopback, with
/// an Orleans client; everything is stopped by PID and the folder deleted at the end, also when a test failed.
/// </summary>
public sealed class MultiProcessCluster : IAsyncLifetime
{
    /// <summary>How long the cluster may take to have every silo joined.</summary>
    public static readonly TimeSpan JoinLimit = TimeSpan.FromSeconds(90);

    private readonly TemporaryFolder _folder = new();
    private readonly string _clusterId = $"test-{Guid.NewGuid():N}";
    private IHost? _clientHost;
    private int _started;

    public AzuriteServer? Azurite { get; private set; }

    public List<SiloProcess> Silos { get; } = [];

    public IClusterClient Client => _clientHost!.Services.GetRequiredService<IClusterClient>();

    public string Folder => _folder.Path;

    public void SkipUnlessAvailable() => new AzuriteFixture().SkipUnlessAvailable();

    public async Task InitializeAsync()
    {
        if (AzuriteServer.SkipReason != null) return;
        try
        {
            Azurite = await AzuriteServer.StartAsync(_folder.Sub("azurite"));
            for (int i = 0; i < 3; i++) StartSilo();
            _clientHost = NewClientHost();
            await WithTimeout(_clientHost.StartAsync(), JoinLimit);
            await WaitForActiveSilosAsync(3);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A new silo process joining the cluster.</summary>
    public SiloProcess StartSilo()
    {
        var silo = SiloProcess.Start(Azurite!.ConnectionString, _clusterId, Folder, $"silo-{_started++}");
        Silos.Add(silo);
        return silo;
    }

    /// <summary>A further client of the cluster (not started).</summary>
    public IHost NewClientHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var cluster = new ClusterSettings("leitmotif", _clusterId, System.Net.IPAddress.Loopback, 0, 0, System.Net.IPAddress.Loopback, 0);
        builder.UseOrleansClient(c => c.UseLeitmotifAzureClustering(AzureStorageSettings.Of(Azurite!.ConnectionString), cluster));
        return builder.Build();
    }

    /// <summary>Waits (bounded) until exactly <paramref name="count"/> silos are active.</summary>
    public async Task WaitForActiveSilosAsync(int count)
    {
        await Eventually.PollAsync(async () => (await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == count,
            JoinLimit, $"{count} active silos");
    }

    /// <summary>Brings the cluster back to three running silos.</summary>
    public async Task EnsureThreeSilosAsync()
    {
        Silos.RemoveAll(s => { if (s.Running) return false; s.Dispose(); return true; });
        while (Silos.Count < 3) StartSilo();
        await WaitForActiveSilosAsync(3);
    }

    public async Task DisposeAsync()
    {
        if (_clientHost != null)
        {
            try { await WithTimeout(_clientHost.StopAsync(), TimeSpan.FromSeconds(15)); } catch (Exception) { /* the cluster may be gone */ }
            _clientHost.Dispose();
        }
        foreach (var silo in Silos) silo.Dispose();
        if (Azurite != null) await Azurite.DisposeAsync();
        _folder.Dispose();
    }

    private static async Task WithTimeout(Task task, TimeSpan limit) => await task.WaitAsync(limit);
}
