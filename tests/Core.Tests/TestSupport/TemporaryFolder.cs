namespace Leitmotif.Core.Tests.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("leitmotif-test-").FullName;

    /// <summary>The path of <paramref name="name"/> in the folder, written with <paramref name="text"/> when given.</summary>
    public string File(string name, string? text = null)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (text != null) System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
