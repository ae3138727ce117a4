namespace Leitmotif.Abstractions;

/// <summary>Names of the grain storage providers, shared by the grains' attributes and the silo configuration.</summary>
public static class StorageNames
{
    /// <summary>Durable grain state: catalog, jobs, recordings, themes, queries.</summary>
    public const string Leitmotif = "leitmotif";
}
