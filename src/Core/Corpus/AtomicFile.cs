namespace Leitmotif.Core.Corpus;

/// <summary>
/// Writes files so that they appear whole or not at all: the content goes to a temporary file in the same folder, which
/// is then renamed over the destination. A killed run leaves at most temporary files, which <see cref="RemoveStale"/> deletes.
/// </summary>
public static class AtomicFile
{
    /// <summary>The extension of the temporary files.</summary>
    public const string TemporaryExtension = ".partial";

    /// <summary>Writes <paramref name="path"/> by calling <paramref name="write"/> on a temporary path, then renaming it.</summary>
    /// <param name="path">The destination; its folder is created where missing, an existing file is replaced.</param>
    /// <param name="write">Writes the whole content to the path it is given.</param>
    public static void Write(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        // Completes synchronously: nothing in it awaits anything but the synchronous write.
        WriteAsync(path, temporary =>
        {
            write(temporary);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="path"/> by awaiting <paramref name="write"/> on a temporary path, then renaming it; where
    /// <paramref name="write"/> throws, the temporary file is deleted and <paramref name="path"/> is left as it was.</summary>
    /// <param name="path">The destination; its folder is created where missing, an existing file is replaced.</param>
    /// <param name="write">Writes the whole content to the path it is given.</param>
    public static async Task WriteAsync(string path, Func<string, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}{TemporaryExtension}";
        try
        {
            await write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes a text file atomically.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="text">The whole content, written as UTF-8.</param>
    public static void WriteText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));

    /// <summary>Deletes temporary files an interrupted run left in <paramref name="folder"/> (not recursive).</summary>
    /// <param name="folder">A folder; nothing happens where it does not exist.</param>
    public static void RemoveStale(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "*" + TemporaryExtension)) File.Delete(file);
    }
}
