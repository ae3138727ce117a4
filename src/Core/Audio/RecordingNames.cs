namespace Leitmotif.Core.Audio;

/// <summary>
/// How a recording is named: by its path relative to the root it was indexed under (a local folder or file, or a Blob
/// Storage prefix), with <c>/</c> separators on every system, so that a flat folder's recordings keep their bare file names
/// and two files of one name in different folders stay apart.
/// </summary>
public static class RecordingNames
{
    /// <summary>
    /// The name of <paramref name="location"/> under <paramref name="root"/>: the path below the root when the root is a
    /// folder (or a prefix ending at a folder), the file name when the root is the recording itself, and the path below the
    /// prefix's folder when a Blob Storage prefix ends inside a name (<c>az://c/se</c> names <c>az://c/set/a.wav</c>
    /// <c>set/a.wav</c>).
    /// </summary>
    /// <param name="root">A root in the form <see cref="RecordingLocations.Normalise"/> gives it.</param>
    /// <param name="location">A location the root yielded.</param>
    public static string RelativeTo(string root, string location)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(location);
        string relative;
        if (location == root || !location.StartsWith(root, StringComparison.Ordinal)) relative = location[(LastSeparator(location) + 1)..];
        else if (IsSeparator(root[^1])) relative = location[root.Length..];
        else if (IsSeparator(location[root.Length])) relative = location[(root.Length + 1)..];
        else relative = location[(LastSeparator(root) + 1)..];
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Whether <paramref name="location"/> is <paramref name="scope"/> itself or lies below it as below a folder
    /// (<c>/m/a</c> holds <c>/m/a/x.wav</c> but not <c>/m/ab.wav</c>); a scope ending in a separator holds what starts with it.</summary>
    public static bool IsWithin(string location, string scope)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrEmpty(scope);
        return location == scope
               || (location.StartsWith(scope, StringComparison.Ordinal) && (IsSeparator(scope[^1]) || IsSeparator(location[scope.Length])));
    }

    private static int LastSeparator(string path) => path.LastIndexOfAny(['/', Path.DirectorySeparatorChar]);

    private static bool IsSeparator(char c) => c == '/' || c == Path.DirectorySeparatorChar;
}
