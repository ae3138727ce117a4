namespace Leitmotif.Core.Storage;

/// <summary>
/// Objects as files in a local folder: name <c>a/b/c</c> is the file <c>&lt;root&gt;/a/b/c</c>. A write goes to a temporary
/// file beside the target that is then renamed over it, so readers see the old object or the new one, never a part.
/// </summary>
public sealed class LocalObjectStore(string root) : IObjectStore
{
    /// <summary>The folder holding the objects, as a full path.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, absolute, or has an empty, "." or ".." segment.</exception>
    public async Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                // On disk before the rename, so a crash cannot leave the name pointing at an empty file.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, absolute, or has an empty, "." or ".." segment.</exception>
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, absolute, or has an empty, "." or ".." segment.</exception>
    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
        }
        return Task.CompletedTask;
    }

    private string PathOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var segments = name.Split('/');
        // Backslashes are refused because Windows would read them as separators, giving one name two meanings.
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains('\\') || segments.Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"object name '{name}' must be a relative '/'-separated path without empty, '.' or '..' segments", nameof(name));
        return Path.Combine([Root, .. segments]);
    }
}
