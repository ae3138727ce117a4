using System.CommandLine;
using Leitmotif.Client.Cluster;
using Leitmotif.Core;
using Leitmotif.Hosting;

namespace Leitmotif.Client.Commands;

/// <summary>Options every command accepts: where data lives and which cluster to use.</summary>
public sealed class GlobalOptions
{
    /// <summary>The default gateway port of a standalone silo (src/Silo).</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary><c>--data</c>: the local data folder of the embedded silo.</summary>
    public Option<string> Data { get; } = new("--data")
    {
        Description = $"Data folder for the embedded silo (default: ${DataDirectory.EnvironmentVariable} or ~/.leitmotif)",
        DefaultValueFactory = _ => DataDirectory.Default,
        Recursive = true,
    };

    /// <summary><c>--models-dir</c>: chroma models (published checkpoints or own model files) offered as <c>ctc:&lt;id&gt;</c>.</summary>
    public Option<string?> ModelsDir { get; } = new("--models-dir")
    {
        Description = $"Folder of chroma models for the embedded silo and 'chroma' (default: ${DataDirectory.ModelsEnvironmentVariable} or <data>/models)",
        Recursive = true,
    };

    /// <summary><c>--cluster</c>: embedded silo or a running one.</summary>
    public Option<string> Cluster { get; } = new("--cluster")
    {
        Description = "embedded (default: a silo inside this process), localhost (a silo started with src/Silo) or azure (a cluster whose membership is in Azure Storage: $LEITMOTIF_AZURE_STORAGE, UseDevelopmentStorage=true for Azurite on this machine)",
        DefaultValueFactory = _ => "embedded",
        Recursive = true,
    };

    /// <summary><c>--gateway-port</c>: where a running silo listens for clients.</summary>
    public Option<int> GatewayPort { get; } = new("--gateway-port")
    {
        Description = "Gateway port of the running silo, with --cluster localhost",
        DefaultValueFactory = _ => DefaultGatewayPort,
        Recursive = true,
    };

    /// <summary>Cluster identity for <c>--cluster azure</c>: environment variables <c>Leitmotif__ServiceId</c>, <c>Leitmotif__ClusterId</c>.</summary>
    private static Microsoft.Extensions.Configuration.IConfiguration ClientConfiguration =>
        Microsoft.Extensions.Configuration.EnvironmentVariablesExtensions.AddEnvironmentVariables(new Microsoft.Extensions.Configuration.ConfigurationBuilder()).Build();

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(RootCommand root)
    {
        root.Add(Data);
        root.Add(ModelsDir);
        root.Add(Cluster);
        root.Add(GatewayPort);
    }

    /// <summary>The models folder the parsed options name.</summary>
    public string ModelsDirectory(ParseResult parse) => parse.GetValue(ModelsDir) ?? DataDirectory.Models(parse.GetValue(Data)!);

    /// <summary>Connects as the parsed options say; an embedded silo keeps its data in <paramref name="dataDirectory"/> if given.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> (Ctrl+C) was cancelled while connecting.</exception>
    public Task<ClusterSession> ConnectAsync(ParseResult parse, CancellationToken cancellationToken, string? dataDirectory = null)
    {
        var mode = parse.GetValue(Cluster)!;
        var data = dataDirectory ?? parse.GetValue(Data)!;
        return mode switch
        {
            "embedded" => ClusterSession.StartAsync(data, ModelsDirectory(parse), null, cancellationToken),
            "localhost" => ClusterSession.StartAsync(data, ModelsDirectory(parse), parse.GetValue(GatewayPort), cancellationToken),
            "azure" => ClusterSession.StartAzureAsync(
                AzureStorageSettings.From(null) ?? throw new InputException("--cluster azure", AzureStorageSettings.MissingMessage),
                ClusterSettings.From(ClientConfiguration), cancellationToken),
            _ => throw new InputException($"--cluster {mode}", "unknown cluster mode; use embedded, localhost or azure"),
        };
    }
}
