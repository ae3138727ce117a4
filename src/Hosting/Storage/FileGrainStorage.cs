using Orleans.Runtime;
using Orleans.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Grain state as one file per grain in a local folder: the embedded default, which needs no service and lets a
/// second run of the command line see what the first stored. Written by hand because Orleans ships no file-based
/// provider; writes go to a temporary file that is renamed, so a crash never leaves half a state.
/// </summary>
public sealed class FileGrainStorage(FileGrainStorageOptions options) : IGrainStorage
{
    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var file = new FileInfo(PathOf(stateName, grainId));
        if (!file.Exists)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        var bytes = await File.ReadAllBytesAsync(file.FullName);
        grainState.State = options.GrainStorageSerializer.Deserialize<T>(new BinaryData(bytes));
        grainState.ETag = ETagOf(file);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        var file = new FileInfo(path);
        if (file.Exists && ETagOf(file) != grainState.ETag)
            throw new InconsistentStateException($"state file {path} changed since it was read", ETagOf(file), grainState.ETag);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, options.GrainStorageSerializer.Serialize(grainState.State).ToArray());
        File.Move(temporary, path, overwrite: true);
        grainState.ETag = ETagOf(new FileInfo(path));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string PathOf(string stateName, GrainId grainId) =>
        Path.Combine(options.RootDirectory, SafeName(grainId.Type.ToString()!), $"{SafeName(grainId.Key.ToString()!)}.{SafeName(stateName)}.state");

    private static string ETagOf(FileInfo file) => $"{file.LastWriteTimeUtc.Ticks}-{file.Length}";

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
