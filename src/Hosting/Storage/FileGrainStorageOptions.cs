using Orleans.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>Where <see cref="FileGrainStorage"/> keeps grain state.</summary>
public sealed class FileGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>Folder for the state files.</summary>
    public string RootDirectory { get; set; } = "";

    /// <inheritdoc />
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
