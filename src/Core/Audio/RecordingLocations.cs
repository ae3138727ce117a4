namespace Leitmotif.Core.Audio;

/// <summary>
/// The recording sources of a silo, chosen by location: local paths always, and the sources the hosting layer adds (Azure
/// Blob Storage). A location no source handles is an <see cref="InputException"/> naming it.
/// </summary>
public sealed class RecordingLocations(IEnumerable<IRecordingSource> sources)
{
    private readonly IReadOnlyList<IRecordingSource> _sources = [.. sources, new LocalRecordingSource()];

    /// <summary>Local files only.</summary>
    public static RecordingLocations LocalOnly { get; } = new([]);

    /// <summary>Whether <paramref name="location"/> is a URI (<c>az://…</c>, <c>https://…</c>) rather than a local path.</summary>
    public static bool IsUri(string location) =>
        location.IndexOf("://", StringComparison.Ordinal) is > 1 and var end && location[..end].All(char.IsAsciiLetter);

    /// <summary>The source that reads <paramref name="location"/>.</summary>
    public IRecordingSource For(string location) =>
        _sources.FirstOrDefault(s => s.Handles(location))
        ?? throw new InputException(location, IsUri(location)
            ? "no recording source reads this URI here: Blob Storage locations are az://<container>/<prefix> or URIs of the " +
              "account whose connection string is in Leitmotif:AzureStorage or LEITMOTIF_AZURE_STORAGE"
            : "not a recording location");

    /// <summary>The roots in canonical form: local ones as <see cref="AudioFileWalk.NormaliseRoots"/> gives them, then URIs,
    /// each source's canonical form, ordinally sorted, duplicates removed. A plain list, so that grain state holding it
    /// reads back (the JSON grain storage cannot recreate the compiler's collection-expression types).</summary>
    public List<string> Normalise(IEnumerable<string> roots)
    {
        var all = roots.ToList();
        var uris = all.Where(IsUri).Select(r => For(r).Normalise(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return AudioFileWalk.NormaliseRoots(all.Where(r => !IsUri(r))).Concat(uris).ToList();
    }

    /// <summary>The canonical form of one location as <see cref="Normalise"/> gives it, or the location as given when no source
    /// here reads it: matched against indexed locations, it then finds nothing rather than failing.</summary>
    public string CanonicalOrSelf(string location)
    {
        try
        {
            return _sources.FirstOrDefault(s => s.Handles(location))?.Normalise(location) ?? location;
        }
        catch (InputException)
        {
            return location;
        }
    }

    /// <summary>The recordings under <paramref name="roots"/> (as <see cref="Normalise"/> gives them), root by root, each with
    /// the index of its root; from root <paramref name="fromRoot"/> on, and in that root only after <paramref name="after"/>.</summary>
    public IEnumerable<(int Root, string Location)> Enumerate(IReadOnlyList<string> roots, int fromRoot = 0, string? after = null)
    {
        for (int root = fromRoot; root < roots.Count; root++)
            foreach (var location in For(roots[root]).Enumerate(roots[root], root == fromRoot ? after : null))
                yield return (root, location);
    }
}
