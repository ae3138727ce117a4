namespace Leitmotif.Abstractions;

/// <summary>Well-known grain keys.</summary>
public static class CatalogNames
{
    /// <summary>The key of the catalog grain that lists every indexed recording.</summary>
    public const string Default = "default";
}
