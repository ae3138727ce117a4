using Leitmotif.Core;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>Expands command-line paths (files or folders, searched recursively) into input files.</summary>
public static class InputFiles
{
    /// <summary>Theme file extensions picked up from folders: scores, and audio excerpts (query by example).</summary>
    public static readonly string[] ThemeExtensions = [.. ThemeReader.Extensions, .. AudioFileWalk.Extensions];

    /// <summary>
    /// Absolute paths of the files named, and of the files with one of <paramref name="extensions"/> inside the folders
    /// named; paths that do not exist are returned as failures, not dropped.
    /// </summary>
    public static (List<string> Files, List<(string Path, string Reason)> Missing) Expand(IEnumerable<string> paths, string[] extensions)
    {
        var files = new List<string>();
        var missing = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            else missing.Add((path, "no such file or folder"));
        }
        return (files.Distinct().ToList(), missing);
    }

    /// <summary>
    /// The error of a command given no input at all: the paths that hold no file with one of <paramref name="extensions"/>,
    /// and those that do not exist.
    /// </summary>
    /// <param name="command">The command, e.g. <c>index</c>.</param>
    /// <param name="kind">What the files are, e.g. <c>audio</c>.</param>
    public static InputException NoneFound(string command, string kind, string[] extensions, IReadOnlyList<string> empty, IReadOnlyList<string> missing)
    {
        var reasons = new List<string>();
        if (empty.Count > 0) reasons.Add($"no {kind} files ({string.Join(", ", extensions)}) under {string.Join(", ", empty)}");
        if (missing.Count > 0) reasons.Add($"no such file or folder: {string.Join(", ", missing)}");
        return new InputException(command, string.Join("; ", reasons));
    }
}
