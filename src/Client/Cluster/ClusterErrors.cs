using Leitmotif.Core.Storage;
using Leitmotif.Hosting.Storage;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Leitmotif.Client.Cluster;

/// <summary>One-line explanations of the failures a user can cause or fix: no silo to connect to, a port in use.</summary>
public static class ClusterErrors
{
    /// <summary>A message for <paramref name="e"/>, or null when it is not a known cluster failure.</summary>
    public static string? Describe(Exception e) => e switch
    {
        ClusterUnreachableException => e.Message,
        ConnectionFailedException or SiloUnavailableException =>
            $"cannot reach a Leitmotif silo ({e.Message}); start one with 'dotnet run --project src/Silo' (--cluster localhost) or 'infra/local/cluster.sh up 3' (--cluster azure)",
        OrleansException when e.InnerException is System.Net.Sockets.SocketException s => $"network error: {s.Message}",
        TimeoutException => $"the cluster did not answer in time: {e.Message}",
        _ when StorageErrors.IsStorageFailure(e) => $"cluster storage failed: {StorageErrors.Describe(e)}",
        _ => null,
    };

    /// <summary>The message of a <c>--cluster localhost</c> client that found no silo at <paramref name="gatewayPort"/>.</summary>
    public static string NoSiloAt(int gatewayPort, TimeSpan waited) =>
        $"no Leitmotif silo answered at localhost:{gatewayPort} within {waited.TotalSeconds:0} s; start one with " +
        $"'dotnet run --project src/Silo' (gateway port {gatewayPort}) or drop --cluster to use a silo inside this command";
}
