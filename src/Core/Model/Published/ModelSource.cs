namespace Leitmotif.Core.Model.Published;

/// <summary>
/// Where <see cref="ModelFetcher"/> reads the published files: the paper's repository at the pinned commit (each file at its
/// repository path), or a mirror given with <c>--from</c>, a folder or an http(s) base URL holding the files side by side
/// under their file names, as <c>models fetch</c> installs them (so an installed models folder is itself a mirror).
/// </summary>
public sealed class ModelSource
{
    private readonly bool _mirror;

    private ModelSource(Uri root, bool mirror)
    {
        Root = root;
        _mirror = mirror;
    }

    /// <summary>The paper's repository at <see cref="PublishedModels.Commit"/>.</summary>
    public static ModelSource Repository { get; } = new(PublishedModels.RepositoryRoot, mirror: false);

    /// <summary>The folder (a <c>file:</c> URI) or URL the files are read from, with a trailing slash.</summary>
    public Uri Root { get; }

    /// <summary>The mirror <paramref name="from"/>: an http(s) URL or an existing folder.</summary>
    /// <exception cref="InputException">Neither.</exception>
    public static ModelSource Mirror(string from)
    {
        if (Uri.TryCreate(from, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return new ModelSource(url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), mirror: true);
        if (Directory.Exists(from))
            return new ModelSource(new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(from)) + Path.DirectorySeparatorChar), mirror: true);
        throw new InputException($"--from {from}", "neither a folder nor an http(s) URL");
    }

    /// <summary>Where <paramref name="file"/> may be, to be tried in this order.</summary>
    public IReadOnlyList<Uri> Locations(PinnedFile file) =>
        !_mirror ? [new Uri(Root, file.RepositoryPath)]
        // Copies of the repository's data, such as ../shared/data/ctc_chroma, keep the licence above the models folder (at a
        // server's root, both places are one).
        : file == PublishedModels.Licence ? [.. new[] { new Uri(Root, file.FileName), new Uri(Root, "../" + file.FileName) }.Distinct()]
        : [new Uri(Root, file.FileName)];

    /// <summary><paramref name="location"/> as users write it: a path for a folder, else the URL.</summary>
    public static string Describe(Uri location) => location.IsFile ? location.LocalPath : location.AbsoluteUri;
}
