namespace Leitmotif.Core.Audio;

/// <summary>
/// The audio files under a list of input roots, in one deterministic order (<see cref="Order"/>), so that a job can persist
/// only a cursor (the last path it handled) and resume after it. Folders are walked lazily, depth first, one sorted
/// directory listing at a time.
/// </summary>
public static class AudioFileWalk
{
    /// <summary>Extensions of the files picked up inside folders, matched case-insensitively.</summary>
    public static readonly string[] Extensions = [".wav", ".mp3", ".ogg", ".flac", ".m4a", ".opus", ".wma"];

    /// <summary>
    /// Full paths compared component by component, each component ordinally, a path before everything below it. This is
    /// the order of a depth-first walk of ordinally sorted directory entries: <c>a/z.wav</c> &lt; <c>a b/x.wav</c> &lt;
    /// <c>a-b/y.wav</c> &lt; <c>a.wav</c>, though plain ordinal string order puts <c>a/z.wav</c> last.
    /// </summary>
    public static IComparer<string> Order { get; } = new ComponentOrder();

    /// <summary>
    /// The roots as full paths without trailing separators, duplicates and roots lying below another root removed,
    /// sorted by <see cref="Order"/>; walking them one after the other gives a stream ordered by <see cref="Order"/>.
    /// </summary>
    public static IReadOnlyList<string> NormaliseRoots(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var sorted = roots.Select(FullPathOf).Distinct(StringComparer.Ordinal).Order(Order).ToList();
        var kept = new List<string>(sorted.Count);
        foreach (var root in sorted)
            // Sorted, an ancestor comes right before its descendants, so comparing with the last kept root suffices.
            if (kept.Count == 0 || !IsBelow(root, kept[^1])) kept.Add(root);
        return kept;
    }

    /// <summary>
    /// The files under <paramref name="roots"/>, walked in the order given: a file root is yielded itself, whatever its
    /// extension, because it was named; a folder root yields every file with one of <see cref="Extensions"/> below it, in
    /// <see cref="Order"/>. A root that is no folder is taken for a file and yielded even when it does not exist (any
    /// more), so that the indexer reports it instead of skipping it silently; sub-folders that cannot be listed are skipped;
    /// symbolic links to folders are not followed.
    /// </summary>
    /// <param name="roots">Roots as returned by <see cref="NormaliseRoots"/>.</param>
    /// <param name="after">A cursor: when given, only paths after it in <see cref="Order"/> are yielded, and folders that
    /// lie wholly before it are not listed. The cursor need not exist any more.</param>
    /// <returns>Full paths.</returns>
    public static IEnumerable<string> Enumerate(IReadOnlyList<string> roots, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var entries = roots.Select(FullPathOf).Select(root => new Entry(root, IsFolder: Directory.Exists(root)));
        return Walk(entries, after == null ? null : FullPathOf(after), anyExtension: true);
    }

    /// <summary>The number of paths <see cref="Enumerate"/> yields for <paramref name="roots"/>.</summary>
    public static long Count(IReadOnlyList<string> roots) => Enumerate(roots).LongCount();

    private sealed record Entry(string FullPath, bool IsFolder);

    /// <summary>The files in and below <paramref name="entries"/> (given in <see cref="Order"/>) that sort after <paramref name="after"/>.</summary>
    private static IEnumerable<string> Walk(IEnumerable<Entry> entries, string? after, bool anyExtension)
    {
        foreach (var entry in entries)
        {
            if (after != null)
            {
                int comparison = Order.Compare(entry.FullPath, after);
                if (comparison > 0 || (comparison == 0 && entry.IsFolder))
                {
                    after = null;
                }
                else if (entry.IsFolder && IsBelow(after, entry.FullPath))
                {
                    foreach (var path in Walk(Listing(entry.FullPath), after, anyExtension: false)) yield return path;
                    after = null;
                    continue;
                }
                else
                {
                    continue;
                }
            }

            if (entry.IsFolder)
                foreach (var path in Walk(Listing(entry.FullPath), null, anyExtension: false)) yield return path;
            else if (anyExtension || IsAudio(entry.FullPath))
                yield return entry.FullPath;
        }
    }

    /// <summary>The files and sub-folders of <paramref name="folder"/> sorted by name; empty when it cannot be listed.</summary>
    private static Entry[] Listing(string folder)
    {
        FileSystemInfo[] infos;
        try
        {
            infos = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException)
        {
            return [];
        }
        // A symbolic link to a folder is skipped, as Directory.EnumerateFiles does, so a link cycle cannot loop forever.
        return infos
            .Where(info => !(info is DirectoryInfo && info.Attributes.HasFlag(FileAttributes.ReparsePoint)))
            .Select(info => new Entry(info.FullName, info is DirectoryInfo))
            .Order(EntryOrder.Instance)
            .ToArray();
    }

    private static bool IsAudio(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string FullPathOf(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Whether <paramref name="path"/> lies strictly below the folder <paramref name="folder"/>.</summary>
    private static bool IsBelow(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, StringComparison.Ordinal)
        && (IsSeparator(folder[^1]) || IsSeparator(path[folder.Length]));

    private static bool IsSeparator(char c) =>
        c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry? x, Entry? y) => Order.Compare(x?.FullPath, y?.FullPath);
    }

    private sealed class ComponentOrder : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            if (x == null || y == null) return x == null ? (y == null ? 0 : -1) : 1;
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                int endX = ComponentEnd(x, i), endY = ComponentEnd(y, j);
                int comparison = x.AsSpan(i, endX - i).SequenceCompareTo(y.AsSpan(j, endY - j));
                if (comparison != 0) return comparison;
                i = endX + 1;
                j = endY + 1;
            }
            return (i < x.Length).CompareTo(j < y.Length);
        }

        private static int ComponentEnd(string path, int start)
        {
            int end = start;
            while (end < path.Length && !IsSeparator(path[end])) end++;
            return end;
        }
    }
}
