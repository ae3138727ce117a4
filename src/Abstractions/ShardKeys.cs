namespace Leitmotif.Abstractions;

/// <summary>
/// How recordings are grouped into shards. A recording belongs to one of <see cref="Partitions"/> partitions by the hash in
/// its id (which its name gives), and each partition is a chain of shards (generations 0, 1, …) of at most <see cref="Capacity"/> recordings: a new
/// recording goes to the first shard of its partition's chain that holds it or still has room, so finding a recording
/// never needs a list of every recording.
/// </summary>
/// <remarks>
/// Why 1,024 recordings a shard: the features of 1,024 three-minute recordings at 25 Hz are about 220 MB, a unit a silo's
/// memory budget holds several of; a shard's metadata (its grain state, rewritten once per indexing work item) stays near
/// 200 KB; and a million recordings make about a thousand shards, so a query batch's fan-out stays a thousand messages
/// per chunk of themes while each shard matches a thousand recordings on all cores of its silo. Why 64 partitions: enough
/// for the shards to spread over 16 silos and more, few enough that a small collection is not cut into crumbs.
/// </remarks>
public static class ShardKeys
{
    /// <summary>Hash partitions of the collection.</summary>
    public const int Partitions = 64;

    /// <summary>Recordings of new names a shard takes at most; a shard holds every recording of the names it took, so a name
    /// indexed with new content (the same relative path under another root) may take it past this.</summary>
    public const int Capacity = 1024;

    /// <summary>The partition of the recording with id <paramref name="recordingId"/>, or of every recording whose id starts with
    /// the hexadecimal <paramref name="recordingId"/> (Core's <c>RecordingIds</c>: the part a name gives).</summary>
    public static int PartitionOf(string recordingId) => Convert.ToInt32(recordingId[..4], 16) % Partitions;

    /// <summary>The key of generation <paramref name="generation"/> of <paramref name="partition"/>'s chain, e.g. <c>p07g0</c>.</summary>
    public static string Of(int partition, int generation) => $"p{partition:D2}g{generation}";

    /// <summary>The partition and generation named by a key made by <see cref="Of"/>.</summary>
    public static (int Partition, int Generation) Parse(string key)
    {
        int g = key.IndexOf('g', StringComparison.Ordinal);
        return (int.Parse(key[1..g], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(key[(g + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
