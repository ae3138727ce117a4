using Leitmotif.Abstractions;
using Leitmotif.Core;

namespace Leitmotif.Client.Cluster;

/// <summary>Refuses an index made by an earlier Leitmotif, whose recordings cannot be found by their names.</summary>
public static class IndexFormat
{
    /// <summary>Throws an <see cref="InputException"/> saying to index again when the cluster's index has the earlier layout.</summary>
    public static async Task RequireCurrentAsync(IClusterClient client)
    {
        if (!await client.GetGrain<ICatalogGrain>(CatalogNames.Default).IsCurrentFormatAsync())
            throw new InputException("index", "made by an earlier Leitmotif, which identified recordings by absolute path; index the " +
                                              "recordings again into a new data folder (--data), or after deleting this one's grains and shards folders");
    }
}
