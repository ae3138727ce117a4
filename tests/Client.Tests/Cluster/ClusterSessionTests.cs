using System.Net;
using System.Net.Sockets;
using Leitmotif.Client.Cluster;

namespace Leitmotif.Client.Tests.Cluster;

public sealed class ClusterSessionTests
{
    [Fact]
    public async Task A_gateway_port_without_a_silo_is_reported_as_unreachable_with_both_remedies()
    {
        int port = PortNobodyListensOn();

        var error = await Assert.ThrowsAsync<ClusterUnreachableException>(
            () => ClusterSession.StartAsync(Path.GetTempPath(), Path.GetTempPath(), port, CancellationToken.None));

        Assert.Equal(ClusterErrors.NoSiloAt(port, ClusterSession.GatewayTimeout), error.Message);
        Assert.Contains("'dotnet run --project src/Silo' (gateway port " + port + ") or drop --cluster", error.Message);
    }

    [Fact]
    public async Task Cancelling_while_connecting_ends_the_connection_attempt_as_cancelled()
    {
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ClusterSession.StartAsync(Path.GetTempPath(), Path.GetTempPath(), PortNobodyListensOn(), interrupted.Token));
    }

    private static int PortNobodyListensOn()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
