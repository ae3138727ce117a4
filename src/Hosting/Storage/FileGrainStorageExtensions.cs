using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>Registers <see cref="FileGrainStorage"/> as a named grain storage provider.</summary>
public static class FileGrainStorageExtensions
{
    /// <summary>Adds a file grain storage provider called <paramref name="name"/> rooted at <paramref name="rootDirectory"/>.</summary>
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder builder, string name, string rootDirectory)
    {
        builder.Services.AddOptions<FileGrainStorageOptions>(name).Configure(o => o.RootDirectory = rootDirectory);
        builder.Services.AddTransient<IPostConfigureOptions<FileGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<FileGrainStorageOptions>>();
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
            new FileGrainStorage(services.GetRequiredService<IOptionsMonitor<FileGrainStorageOptions>>().Get(name)));
        return builder;
    }
}
