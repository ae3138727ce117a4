using System.Net;
using System.Net.Sockets;
using Leitmotif.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Leitmotif.Client.Cluster;

/// <summary>
/// A connection to a Leitmotif cluster: by default an embedded silo in this process (localhost clustering, local data
/// folder, no services needed); with <c>--cluster</c>, a client of a silo already running on this machine.
/// </summary>
public sealed class ClusterSession : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSession(IHost host) => _host = host;

    /// <summary>The grain factory to talk to the cluster through.</summary>
    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>
    /// Starts an embedded silo over <paramref name="dataDirectory"/> offering the models in <paramref name="modelsDirectory"/>,
    /// or connects to the gateway at <paramref name="gatewayPort"/>.
    /// </summary>
    public static async Task<ClusterSession> StartAsync(string dataDirectory, string modelsDirectory, int? gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Critical);
        if (gatewayPort is { } port)
        {
            builder.UseOrleansClient(client => client
                .UseLocalhostClustering(port)
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = LeitmotifSiloBuilderExtensions.ResponseTimeout));
        }
        else
        {
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(FreeLoopbackPort(), FreeLoopbackPort())
                .AddLeitmotif(dataDirectory, modelsDirectory));
        }
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterSession(host);
    }

    /// <summary>Stops the embedded silo or disconnects the client.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
