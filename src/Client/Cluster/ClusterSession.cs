using System.Net;
using System.Net.Sockets;
using Leitmotif.Core.Storage;
using Leitmotif.Hosting.Storage;
using Leitmotif.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Leitmotif.Client.Cluster;

/// <summary>
/// A connection to a Leitmotif cluster: by default an embedded silo in this process (localhost clustering, local data
/// folder, no services needed); with <c>--cluster localhost</c>, a client of a silo already running on this machine; with <c>--cluster azure</c>, a client
/// of a cluster whose membership is in Azure Table Storage.
/// </summary>
public sealed class ClusterSession : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSession(IHost host) => _host = host;

    /// <summary>The grain factory to talk to the cluster through.</summary>
    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>How long a client of <c>--cluster localhost</c> waits for the silo's gateway before giving up.</summary>
    /// <remarks>Orleans' client keeps retrying a refused gateway for minutes; a silo on the same machine answers within a second.</remarks>
    public static readonly TimeSpan GatewayTimeout = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Connects to an <c>azure</c>-mode cluster whose membership table is in the storage account of <paramref name="storage"/>.
    /// Failures to reach the storage account are reported without the connection string or endpoint.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while connecting.</exception>
    public static async Task<ClusterSession> StartAzureAsync(AzureStorageSettings storage, ClusterSettings cluster, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder();
        builder.UseOrleansClient(client => client.UseLeitmotifAzureClustering(storage, cluster));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not ConnectionFailedException and not SiloUnavailableException and not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnreachableException(
                $"cannot join cluster {cluster.ClusterId} through {storage} ({StorageErrors.Describe(e)}); " +
                "is the storage account reachable and a silo running ('infra/local/cluster.sh up 3')?");
        }
        return new ClusterSession(host);
    }

    /// <summary>
    /// Starts an embedded silo over <paramref name="dataDirectory"/> offering the models in <paramref name="modelsDirectory"/>,
    /// or connects to the gateway at <paramref name="gatewayPort"/> on this machine.
    /// </summary>
    /// <exception cref="ClusterUnreachableException">No silo answered at <paramref name="gatewayPort"/> within <see cref="GatewayTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while starting or connecting.</exception>
    public static async Task<ClusterSession> StartAsync(string dataDirectory, string modelsDirectory, int? gatewayPort, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder();
        if (gatewayPort is { } port)
        {
            builder.UseOrleansClient(client => client.UseLocalhostClustering(port));
        }
        else
        {
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(FreeLoopbackPort(), FreeLoopbackPort())
                .AddLeitmotif(dataDirectory, modelsDirectory));
        }
        var host = builder.Build();
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (gatewayPort != null) connecting.CancelAfter(GatewayTimeout);
        try
        {
            // WaitAsync, because the Orleans client's start does not stop at the token while a connection attempt is under way.
            await host.StartAsync(connecting.Token).WaitAsync(connecting.Token);
        }
        catch (OperationCanceledException) when (gatewayPort is { } timedOutPort && !cancellationToken.IsCancellationRequested)
        {
            throw new ClusterUnreachableException(ClusterErrors.NoSiloAt(timedOutPort, GatewayTimeout));
        }
        return new ClusterSession(host);
    }

    /// <summary>Stops the embedded silo or disconnects the client.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Critical);
        return builder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
