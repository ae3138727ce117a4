namespace Leitmotif.Core.Shards;

/// <summary>Where a shard's segments live in an object store: <c>shards/&lt;shard&gt;/&lt;kind&gt;/&lt;number&gt;.lms</c>.</summary>
public static class ShardSegmentNames
{
    /// <summary>The name of segment <paramref name="number"/> of <paramref name="featureKind"/> in shard <paramref name="shardKey"/>;
    /// characters other than letters, digits, '-', '_' and '.' in the kind are replaced by '_'.</summary>
    public static string Of(string shardKey, string featureKind, int number) =>
        $"shards/{shardKey}/{SafeName(featureKind.ToLowerInvariant())}/{number:D6}.lms";

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
