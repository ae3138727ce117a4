using System.Net;
using Leitmotif.Core.Model;
using Leitmotif.Hosting;
using Orleans.Dashboard;

// A standalone Leitmotif silo. Leitmotif:Cluster selects the mode:
// - embedded (default): localhost clustering, grain state and features in the data folder; clients use `leitmotif --cluster localhost`.
// - azure: Azure Table membership and reminders, Blob grain state and features, from the connection string in
//   Leitmotif:AzureStorage or $LEITMOTIF_AZURE_STORAGE (required; UseDevelopmentStorage=true for Azurite on this machine);
//   clients use `leitmotif --cluster azure`.
// Settings (command line --Leitmotif:X <v> or environment Leitmotif__X): Data, ModelsDir, SiloPort, GatewayPort, Address,
// ListenAddress (azure mode: bind to this instead of Address, e.g. 0.0.0.0 in a container that advertises its pod IP),
// ServiceId, ClusterId, DashboardAddress, DashboardPort (the Orleans Dashboard; 127.0.0.1:8080 by default), ShardMemoryMB,
// JobReminderSeconds (how soon an interrupted job goes on; 60 by default).
NativeHeap.KeepFreedBlocks();
var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration.GetSection("Leitmotif");
var mode = settings["Cluster"] ?? "embedded";
var data = settings["Data"] ?? DataDirectory.Default;
var models = settings["ModelsDir"] ?? DataDirectory.Models(data);
var cluster = ClusterSettings.From(builder.Configuration);
var storage = AzureStorageSettings.From(builder.Configuration);
if (mode is not ("embedded" or "azure"))
{
    Console.Error.WriteLine($"error: Leitmotif:Cluster={mode} is not a cluster mode; use embedded or azure");
    return 2;
}
if (mode == "azure" && storage == null)
{
    Console.Error.WriteLine($"error: Leitmotif:Cluster=azure: {AzureStorageSettings.MissingMessage}");
    return 2;
}
if (mode == "azure" && (cluster.Address.Equals(IPAddress.Any) || cluster.Address.Equals(IPAddress.IPv6Any)))
{
    Console.Error.WriteLine($"error: Leitmotif:Address={cluster.Address} cannot be advertised to other silos; set it to this " +
                            "silo's reachable IP and Leitmotif:ListenAddress=0.0.0.0 to listen on all interfaces");
    return 2;
}

builder.WebHost.ConfigureKestrel(k => k.Listen(cluster.DashboardAddress, cluster.DashboardPort));
builder.UseOrleans(silo => ConfigureSilo(silo, mode, data, models, cluster, storage!));
builder.Services.AddHostedService<MessageTraffic>();
await using var app = builder.Build();
app.MapOrleansDashboard();
var where = mode == "azure" ? $"{storage}, cluster {cluster.ClusterId}" : $"data in {Path.GetFullPath(data)}";
Console.WriteLine($"Leitmotif silo ({mode}): {where}, models in {Path.GetFullPath(models)}, " +
                  $"silo {cluster.Address}:{cluster.SiloPort}, gateway {cluster.Address}:{cluster.GatewayPort}" +
                  (mode == "azure" && cluster.ListenAddress is { } listen ? $" (listening on {listen})" : "") + ", " +
                  $"dashboard http://{cluster.DashboardAddress}:{cluster.DashboardPort}/. Ctrl+C stops it.");
await app.RunAsync();
return 0;

static void ConfigureSilo(ISiloBuilder silo, string mode, string data, string models, ClusterSettings cluster, AzureStorageSettings storage)
{
    if (mode == "azure") silo.AddLeitmotifAzure(storage, cluster, models);
    else silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort).AddLeitmotif(data, models);
    silo.AddDashboard();
}
