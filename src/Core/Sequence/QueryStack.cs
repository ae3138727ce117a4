using System.Runtime.Intrinsics;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>
/// Queries prepared once for <see cref="BatchedSubsequenceDtw"/>: stacked into tiles of a few thousand rows, each small
/// enough that its queries and the kernel's columns stay in the L2 cache while a recording streams past. Immutable, so one
/// stack serves many recordings, from several threads at once.
/// </summary>
/// <remarks>Stacking many queries into one column is the batching of issue 12; the striped layout is described on
/// <see cref="StripedQueryTile"/>.</remarks>
public sealed class QueryStack
{
    /// <summary>Rows (query frames plus two separators each) per tile: the tile's queries, costs and columns then take
    /// about 90 KiB, inside a 512 KiB L2 cache. Measured on Zen 3 (batch of 300 queries, G cells/s): 256 rows 2.2,
    /// 1024 2.35, 2048 2.3, 4096 2.05, 8192 2.0.</summary>
    internal const int DefaultRowsPerTile = 1024;

    /// <summary>Stacks <paramref name="queries"/> for the widest vectors this CPU accelerates (512, 256 or 128 bits).</summary>
    /// <param name="queries">At least one query, each ≥ 1 frame, all with the same dimensions and feature rate;
    /// frames L2-normalised like the recordings they will meet.</param>
    /// <exception cref="ArgumentException">No queries, an empty query, or differing dimensions or feature rates.</exception>
    public QueryStack(IReadOnlyList<FeatureMatrix> queries)
        : this(queries, PreferredLanes, DefaultRowsPerTile)
    {
    }

    /// <summary>Stacks <paramref name="queries"/> for vectors of <paramref name="lanes"/> floats (4, 8 or 16), in tiles of
    /// about <paramref name="rowsPerTile"/> rows (a longer query gets a tile of its own).</summary>
    internal QueryStack(IReadOnlyList<FeatureMatrix> queries, int lanes, int rowsPerTile)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count < 1) throw new ArgumentException("needs at least one query", nameof(queries));
        if (lanes is not (4 or 8 or 16)) throw new ArgumentOutOfRangeException(nameof(lanes), $"lanes={lanes} must be 4, 8 or 16");
        if (rowsPerTile < 1) throw new ArgumentOutOfRangeException(nameof(rowsPerTile), $"rowsPerTile={rowsPerTile} must be ≥ 1");
        var first = queries[0] ?? throw new ArgumentException("query 0 is null", nameof(queries));
        for (int q = 0; q < queries.Count; q++)
        {
            var query = queries[q] ?? throw new ArgumentException($"query {q} is null", nameof(queries));
            if (query.Frames < 1) throw new ArgumentException($"query {q} has N={query.Frames} frames; needs ≥ 1", nameof(queries));
            if (query.Dimensions != first.Dimensions || query.FeatureRate != first.FeatureRate)
                throw new ArgumentException(
                    $"query {q} is {query.Dimensions}-dimensional at {query.FeatureRate} Hz; query 0 is {first.Dimensions}-dimensional at {first.FeatureRate} Hz",
                    nameof(queries));
        }

        Count = queries.Count;
        Dimensions = first.Dimensions;
        FeatureRate = first.FeatureRate;
        Lanes = lanes;
        _frames = queries.Select(q => q.Frames).ToArray();
        var tiles = new List<StripedQueryTile>();
        for (int start = 0; start < Count;)
        {
            int end = start + 1, rows = StripedQueryTile.SeparatorRows + _frames[start];
            while (end < Count && rows + StripedQueryTile.SeparatorRows + _frames[end] <= rowsPerTile)
                rows += StripedQueryTile.SeparatorRows + _frames[end++];
            tiles.Add(new StripedQueryTile(queries, start, end - start, lanes));
            start = end;
        }

        Tiles = tiles;
    }

    private readonly int[] _frames;

    /// <summary>Number of queries.</summary>
    public int Count { get; }

    /// <summary>Values per frame, shared by all queries.</summary>
    public int Dimensions { get; }

    /// <summary>Frames per second (Hz), shared by all queries.</summary>
    public double FeatureRate { get; }

    /// <summary>Frames N of query <paramref name="query"/>.</summary>
    public int Frames(int query) => _frames[query];

    /// <summary>Floats per vector the tiles are laid out for.</summary>
    internal int Lanes { get; }

    internal IReadOnlyList<StripedQueryTile> Tiles { get; }

    private static int PreferredLanes =>
        Vector512.IsHardwareAccelerated ? Vector512<float>.Count
        : Vector256.IsHardwareAccelerated ? Vector256<float>.Count
        : Vector128<float>.Count;
}
