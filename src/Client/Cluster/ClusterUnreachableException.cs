namespace Leitmotif.Client.Cluster;

/// <summary>The client could not join the cluster; the message is safe to print (no connection string, no endpoint).</summary>
public sealed class ClusterUnreachableException(string message) : Exception(message);
