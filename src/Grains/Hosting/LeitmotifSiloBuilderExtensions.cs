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
        silo.Services.AddSingleton(new FeatureKindRegistry(modelsDirectory ?? DataDirectory.Models(root)));
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        silo.AddStartupTask<ResumeWorkStartupTask>();
        return silo;
    }
}
