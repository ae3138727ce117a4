using Orleans.Configuration;

namespace Leitmotif.Hosting;

/// <summary>Configures an Orleans client of a Leitmotif cluster.</summary>
public static class LeitmotifClientBuilderExtensions
{
    /// <summary>
    /// A client of an <c>azure</c>-mode cluster: finds the gateways in the Azure Table membership and moves to another
    /// gateway when its own stops answering.
    /// </summary>
    public static IClientBuilder UseLeitmotifAzureClustering(this IClientBuilder client, AzureStorageSettings storage, ClusterSettings cluster) =>
        client
            .UseAzureStorageClustering(o => o.TableServiceClient = storage.TableService())
            .Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (cluster.ServiceId, cluster.ClusterId))
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
}
