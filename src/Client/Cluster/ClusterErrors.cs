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
            $"cannot reach a Leitmotif silo ({e.Message}); start one with 'dotnet run --project src/Silo' 'infra/local/cluster.sh up 3' (--cluster azure), or drop --cluster",
        OrleansException when e.InnerException is System.Net.Sockets.SocketException s => $"network error: {s.Message}",
        TimeoutException => $"the cluster did not answer in time: {e.Message}",
        _ when StorageErrors.IsStorageFailure(e) => $"cluster storage failed: {StorageErrors.Describe(e)}",
        _ => null,
    };
}
