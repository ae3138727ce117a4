using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Leitmotif.Client.Cluster;

/// <summary>One-line explanations of the failures a user can cause or fix: no silo to connect to, a port in use.</summary>
public static class ClusterErrors
{
    /// <summary>A message for <paramref name="e"/>, or null when it is not a known cluster failure.</summary>
    public static string? Describe(Exception e) => e switch
    {
        ConnectionFailedException or SiloUnavailableException =>
            $"cannot reach a Leitmotif silo ({e.Message}); start one with 'dotnet run --project src/Silo' or drop --cluster localhost",
        OrleansException when e.InnerException is System.Net.Sockets.SocketException s => $"network error: {s.Message}",
        TimeoutException => $"the cluster did not answer in time: {e.Message}",
        _ => null,
    };
}
