using System.Net;
using Leitmotif.Abstractions;
using Leitmotif.Core.Features;
using Leitmotif.Core.Storage;
using Leitmotif.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Leitmotif.Grains.Hosting;

/// <summary>Everything a Leitmotif silo needs besides clustering: storage for grain state and features, and work resumption.</summary>
public static class LeitmotifSiloBuilderExtensions
{
    /// <summary>Time a grain call may take; indexing one long recording is the longest single call.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Stores grain state under <c>&lt;data&gt;/grains</c> and features under <c>&lt;data&gt;/features</c>, and offers the chroma
    /// models in <paramref name="modelsDirectory"/> (default <c>&lt;data&gt;/models</c>) as feature kinds.
    /// </summary>
    public static ISiloBuilder AddLeitmotif(this ISiloBuilder silo, string dataDirectory, string? modelsDirectory = null)
    {
        var root = Path.GetFullPath(dataDirectory);
        silo.AddFileGrainStorage(StorageNames.Leitmotif, Path.Combine(root, "grains"));
        silo.Services.AddSingleton<IFeatureStore>(new LocalFeatureStore(Path.Combine(root, "features")));
        return silo.AddLeitmotifCommon(modelsDirectory ?? DataDirectory.Models(root));
    }

    /// <summary>
    /// A member of an <c>azure</c>-mode cluster: Azure Table membership, grain state in the Blob container
    /// <see cref="AzureStorageSettings.GrainContainer"/>, features in <see cref="AzureStorageSettings.FeatureContainer"/>,
    /// silo and gateway endpoints advertised on <see cref="ClusterSettings.Address"/> (loopback by default) and bound to
    /// <see cref="ClusterSettings.BindAddress"/> (the same unless <c>ListenAddress</c> is set). Chroma models come from
    /// the local <paramref name="modelsDirectory"/> of each silo.
    /// </summary>
    public static ISiloBuilder AddLeitmotifAzure(this ISiloBuilder silo, AzureStorageSettings storage, ClusterSettings cluster, string modelsDirectory)
    {
        silo.UseAzureStorageClustering(o => o.TableServiceClient = storage.TableService());
        silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (cluster.ServiceId, cluster.ClusterId));
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = cluster.Address;
            o.SiloPort = cluster.SiloPort;
            o.GatewayPort = cluster.GatewayPort;
            o.SiloListeningEndpoint = new IPEndPoint(cluster.BindAddress, cluster.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(cluster.BindAddress, cluster.GatewayPort);
        });
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // Notice a killed silo within about 10 s instead of the default ~30 s, and forget dead entries after a day.
            o.ProbeTimeout = TimeSpan.FromSeconds(3);
            o.NumMissedProbesLimit = 3;
            o.DefunctSiloExpiration = TimeSpan.FromDays(1);
        });
        silo.AddAzureBlobGrainStorage(StorageNames.Leitmotif, o =>
        {
            o.BlobServiceClient = storage.BlobService();
            o.ContainerName = AzureStorageSettings.GrainContainer;
        });
        silo.Services.AddSingleton<IFeatureStore>(
            new BlobFeatureStore(storage.BlobService().GetBlobContainerClient(AzureStorageSettings.FeatureContainer)));
        return silo.AddLeitmotifCommon(modelsDirectory);
    }

    private static ISiloBuilder AddLeitmotifCommon(this ISiloBuilder silo, string modelsDirectory)
    {
        silo.Services.AddSingleton(new FeatureKindRegistry(modelsDirectory));
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        silo.AddStartupTask<ResumeWorkStartupTask>();
        return silo;
    }
}
