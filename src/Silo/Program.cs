using Leitmotif.Grains.Hosting;
using Microsoft.Extensions.Hosting;

// A standalone Leitmotif silo on this machine: localhost clustering, grain state and features in the data folder.
// Clients connect with `leitmotif --cluster localhost`.
// Settings (command line or environment): --Leitmotif:Data <dir>, --Leitmotif:ModelsDir <dir>, --Leitmotif:SiloPort <port>,
// --Leitmotif:GatewayPort <port>.
var builder = Host.CreateApplicationBuilder(args);
var settings = builder.Configuration.GetSection("Leitmotif");
var data = settings["Data"] ?? DataDirectory.Default;
var models = settings["ModelsDir"] ?? DataDirectory.Models(data);
int siloPort = int.Parse(settings["SiloPort"] ?? "11111");
int gatewayPort = int.Parse(settings["GatewayPort"] ?? "30000");

builder.UseOrleans(silo => ConfigureSilo(silo, data, models, siloPort, gatewayPort));
using var host = builder.Build();
Console.WriteLine($"Leitmotif silo: data in {Path.GetFullPath(data)}, models in {Path.GetFullPath(models)}, gateway on 127.0.0.1:{gatewayPort}. Ctrl+C stops it.");
await host.RunAsync();

static void ConfigureSilo(ISiloBuilder silo, string data, string models, int siloPort, int gatewayPort) =>
    silo.UseLocalhostClustering(siloPort, gatewayPort).AddLeitmotif(data, models);
