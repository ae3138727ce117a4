namespace Leitmotif.Core.Tests.Themes;

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("leitmotif-themes-").FullName;

    public string File(string name, string? text = null)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (text != null) System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
