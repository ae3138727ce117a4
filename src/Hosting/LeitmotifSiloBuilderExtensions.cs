using System.Net;
using Leitmotif.Abstractions;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Storage;
using Leitmotif.Hosting.Storage;
using Leitmotif.Core.Shards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Leitmotif.Grains;

namespace Leitmotif.Hosting;

/// <summary>Everything a Leitmotif silo needs besides clustering: storage for grain state and features, and work resumption.</summary>
public static class LeitmotifSiloBuilderExtensions
{
    /// <summary>Configuration key of a silo's memory budget for shard features, in MB (default: a quarter of the memory available).</summary>
    public const string ShardMemoryKey = "Leitmotif:ShardMemoryMB";

    /// <summary>Configuration key of the period of job reminders, in seconds (default: <see cref="JobOptions.ReminderPeriod"/>).</summary>
    public const string JobReminderKey = "Leitmotif:JobReminderSeconds";

    /// <summary>
    /// Stores grain state under <c>&lt;data&gt;/grains</c>, job reminders in <c>&lt;data&gt;/reminders.json</c> and shard segments
    /// under <c>&lt;data&gt;/shards</c>, and offers the chroma models in <paramref name="modelsDirectory"/> (default
    /// <c>&lt;data&gt;/models</c>) as feature kinds.
    /// </summary>
    public static ISiloBuilder AddLeitmotif(this ISiloBuilder silo, string dataDirectory, string? modelsDirectory = null)
    {
        var root = Path.GetFullPath(dataDirectory);
        silo.AddFileGrainStorage(StorageNames.Leitmotif, Path.Combine(root, "grains"));
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable>(new FileReminderTable(Path.Combine(root, "reminders.json")));
        silo.Services.AddSingleton<IObjectStore>(new LocalObjectStore(root));
        // Blob Storage recordings too, when a connection string is configured.
        silo.Services.AddSingleton(services => AzureStorageSettings.From(services.GetService<IConfiguration>()) is { } storage
            ? new RecordingLocations([new BlobRecordingSource(storage.BlobService())])
            : RecordingLocations.LocalOnly);
        return silo.AddLeitmotifCommon(modelsDirectory ?? DataDirectory.Models(root));
    }

    /// <summary>
    /// A member of an <c>azure</c>-mode cluster: Azure Table membership and job reminders, grain state in the Blob container
    /// <see cref="AzureStorageSettings.GrainContainer"/>, shard segments in <see cref="AzureStorageSettings.FeatureContainer"/>,
    /// silo and gateway endpoints advertised on <see cref="ClusterSettings.Address"/> (loopback by default) and bound to
    /// <see cref="ClusterSettings.BindAddress"/> (the same unless <c>ListenAddress</c> is set). Chroma models come from the
    /// container <see cref="AzureStorageSettings.ModelsContainer"/>, mirrored into each silo's <paramref name="modelsDirectory"/>
    /// (<see cref="BlobModelsMirror"/>), so that every silo offers the same <c>ctc:</c> kinds.
    /// </summary>
    public static ISiloBuilder AddLeitmotifAzure(this ISiloBuilder silo, AzureStorageSettings storage, ClusterSettings cluster, string modelsDirectory)
    {
        silo.UseAzureStorageClustering(o => o.TableServiceClient = storage.TableService());
        silo.UseAzureTableReminderService(o => o.TableServiceClient = storage.TableService());
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
        // Orleans' Azure Blob grain storage, registered as AddAzureBlobGrainStorage does but wrapped so that its failures
        // reach the grains described and without the storage SDK's types.
        silo.Services.AddOptions<AzureBlobStorageOptions>(StorageNames.Leitmotif).Configure(o =>
        {
            o.BlobServiceClient = storage.BlobService();
            o.ContainerName = AzureStorageSettings.GrainContainer;
        });
        silo.Services.AddTransient<IPostConfigureOptions<AzureBlobStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<AzureBlobStorageOptions>>();
        silo.Services.AddGrainStorage(StorageNames.Leitmotif,
            (services, name) => new DescribedFailuresGrainStorage(AzureBlobGrainStorageFactory.Create(services, name)));
        silo.Services.AddSingleton<IObjectStore>(
            new BlobObjectStore(storage.BlobService().GetBlobContainerClient(AzureStorageSettings.FeatureContainer)));
        silo.Services.AddSingleton(new RecordingLocations([new BlobRecordingSource(storage.BlobService())]));
        var models = new BlobModelsMirror(storage.BlobService().GetBlobContainerClient(AzureStorageSettings.ModelsContainer), modelsDirectory);
        return silo.AddLeitmotifCommon(modelsDirectory, models.Synchronise);
    }

    private static ISiloBuilder AddLeitmotifCommon(this ISiloBuilder silo, string modelsDirectory, Action? synchroniseModels = null)
    {
        silo.Services.AddSingleton(_ => new FeatureKindRegistry(modelsDirectory, synchroniseModels));
        silo.Services.AddSingleton(services => new MemoryBudgetCache<string, ShardFeatures>(ShardMemoryBudget(services.GetService<IConfiguration>())));
        silo.Services.AddOptions<JobOptions>().Configure<IServiceProvider>((options, services) =>
        {
            if (int.TryParse(services.GetService<IConfiguration>()?[JobReminderKey], out int seconds) && seconds > 0)
                options.ReminderPeriod = TimeSpan.FromSeconds(seconds);
        });
        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<JobOptions>>((reminders, jobs) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(reminders.MinimumReminderPeriod.Ticks, jobs.Value.ReminderPeriod.Ticks)));
        return silo;
    }

    /// <summary>The shard memory budget in bytes: <see cref="ShardMemoryKey"/> MB, else a quarter of the memory available.</summary>
    public static long ShardMemoryBudget(IConfiguration? configuration) =>
        long.TryParse(configuration?[ShardMemoryKey], out long megabytes) && megabytes > 0
            ? megabytes * 1024 * 1024
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4;
}
