using Leitmotif.Core;

namespace Leitmotif.Client.Commands;

/// <summary>Checks the output files a user names before any work starts; Leitmotif never creates their folders.</summary>
public static class OutputFiles
{
    /// <summary>Throws unless the folder <paramref name="path"/> would be written into exists.</summary>
    /// <param name="option">The option that named the file, e.g. <c>--output</c>.</param>
    /// <param name="path">The file (or file-name prefix) to be written.</param>
    /// <exception cref="InputException">The folder does not exist.</exception>
    public static void RequireFolder(string option, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) throw new InputException($"{option} {path}", $"no such folder {folder}; create it first");
    }
}
