using Leitmotif.Core.Features;

namespace Leitmotif.Core.Storage;

/// <summary>
/// Features in a local folder: <c>&lt;root&gt;/&lt;feature kind&gt;/&lt;recording id&gt;.lmf</c>. Writes go to a temporary
/// file that is then renamed, so an interrupted write never replaces good features with a partial file.
/// </summary>
public sealed class LocalFeatureStore(string root) : IFeatureStore
{
    /// <summary>The folder holding the features.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public async Task<FeatureMatrix?> LoadAsync(FeatureKey key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        try
        {
            return FeatureFileFormat.Read(stream, key);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(FeatureKey key, FeatureMatrix features, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            FeatureFileFormat.Write(stream, key, features);
            await stream.FlushAsync(cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(FeatureKey key) =>
        Path.Combine([Root, .. FeatureStoreLayout.RelativeName(key).Split('/')]);
}
