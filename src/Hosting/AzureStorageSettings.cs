using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Leitmotif.Hosting;

/// <summary>
/// The one Azure Storage account of an <c>azure</c>-mode cluster: Table membership, Blob grain state and Blob features.
/// The connection string comes from configuration (<c>Leitmotif:AzureStorage</c>), else <c>$LEITMOTIF_AZURE_STORAGE</c>;
/// there is no default, so a cluster never lands on the development account by mistake: Azurite is used only when the
/// connection string says so (<c>UseDevelopmentStorage=true</c>). It is never printed: <see cref="ToString"/> names only
/// where it came from.
/// </summary>
public sealed class AzureStorageSettings
{
    /// <summary>Environment variable holding the connection string.</summary>
    public const string EnvironmentVariable = "LEITMOTIF_AZURE_STORAGE";

    /// <summary>Configuration key holding the connection string.</summary>
    public const string ConfigurationKey = "Leitmotif:AzureStorage";

    /// <summary>Why <c>azure</c> mode cannot start without a connection string, and how to give one.</summary>
    public const string MissingMessage =
        $"no Azure Storage connection string: set {EnvironmentVariable} (or {ConfigurationKey}) to the account's connection " +
        "string, or to UseDevelopmentStorage=true for Azurite on this machine";

    /// <summary>Container of the grain state.</summary>
    public const string GrainContainer = "leitmotif-grains";

    /// <summary>Container of the features.</summary>
    public const string FeatureContainer = "leitmotif-features";

    /// <summary>Container of the chroma models every silo offers as <c>ctc:</c> kinds.</summary>
    public const string ModelsContainer = "leitmotif-models";

    private readonly string _connectionString;

    private AzureStorageSettings(string connectionString, string source)
    {
        _connectionString = connectionString;
        Source = source;
    }

    /// <summary>Where the connection string came from: configuration or the environment variable.</summary>
    public string Source { get; }

    /// <summary>Reads the connection string from <paramref name="configuration"/> or the environment; null when neither has one
    /// (see <see cref="MissingMessage"/>).</summary>
    public static AzureStorageSettings? From(IConfiguration? configuration)
    {
        if (configuration?[ConfigurationKey] is { Length: > 0 } configured) return new(configured, ConfigurationKey);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment) return new(fromEnvironment, EnvironmentVariable);
        return null;
    }

    /// <summary>Settings over an explicit connection string (tests).</summary>
    public static AzureStorageSettings Of(string connectionString) => new(connectionString, "explicit connection string");

    /// <summary>A client of the account's Table service (cluster membership).</summary>
    public TableServiceClient TableService() => new(_connectionString);

    /// <summary>A client of the account's Blob service.</summary>
    public BlobServiceClient BlobService() => new(_connectionString);

    /// <summary>Names the source only, never the connection string.</summary>
    public override string ToString() => $"Azure Storage from {Source}";
}
