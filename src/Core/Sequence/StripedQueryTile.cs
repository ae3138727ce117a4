using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>
/// A group of consecutive queries stacked into one tall column of rows and laid out striped for SIMD
/// (Farrar's layout, Bioinformatics 2007): with W lanes and S vectors per column, lane j of vector i holds row
/// <c>j·S + i</c>, so rows n−1 and n−2 of every lane are the same lanes of vectors i−1 and i−2, and only vectors 0 and 1
/// need the previous lane's last rows (two "halo" vectors kept in front of each column).
/// Every query is preceded by two separator rows whose accumulated cost is forced after each column to 0 (row s−2) and
/// +∞ (row s−1): the (2,1) step then gives the query's first row its free start, <c>D[s, m] = C[s, m] + 0</c>, and no
/// row of a query ever sees the previous query.
/// </summary>
internal sealed class StripedQueryTile
{
    /// <summary>Stacks <paramref name="queries"/>[first .. first + count) for vectors of <paramref name="lanes"/> floats.</summary>
    public StripedQueryTile(IReadOnlyList<FeatureMatrix> queries, int first, int count, int lanes)
    {
        int K = queries[first].Dimensions;
        int rows = 0;
        for (int t = 0; t < count; t++) rows += SeparatorRows + queries[first + t].Frames;
        int S = (rows + lanes - 1) / lanes;
        S += S % RowVectorsPerPass; // the inner-product pass takes row vectors in pairs
        FirstQuery = first;
        QueryCount = count;
        Lanes = lanes;
        Dimensions = K;
        VectorsPerColumn = S;
        QueryFrames = new int[count];
        LastRowOffsets = new int[count];
        ZeroRowOffsets = new int[count];
        InfinityRowOffsets = new int[count];
        QueryByDimension = new AlignedFloats(S * K * lanes);
        bool oneHot = K < LookUpEntries;
        var indices = new AlignedFloats(S * lanes);
        indices.Span.Fill(BitConverter.Int32BitsToSingle(K));

        var Q = QueryByDimension.Span;
        var I = indices.Span;
        int row = 0;
        for (int t = 0; t < count; t++)
        {
            var query = queries[first + t];
            ZeroRowOffsets[t] = ColumnOffset(row);
            InfinityRowOffsets[t] = ColumnOffset(row + 1);
            row += SeparatorRows;
            for (int n = 0; n < query.Frames; n++, row++)
            {
                int i = row % S, j = row / S;
                for (int k = 0; k < K; k++) Q[((i / 2 * K + k) * 2 + i % 2) * lanes + j] = query[n, k];
                if (!oneHot) continue;
                int hot = OneHotIndex(query.Frame(n));
                oneHot = hot >= 0;
                I[i * lanes + j] = BitConverter.Int32BitsToSingle(hot);
            }

            QueryFrames[t] = query.Frames;
            LastRowOffsets[t] = ColumnOffset(row - 1);
        }

        LookUpIndices = oneHot ? indices : null;
    }

    /// <summary>Entries of the cost table of a one-hot tile: the K dimensions, then 1 (the cost of an all-zero row).</summary>
    public const int LookUpEntries = 16;

    /// <summary>Rows in front of every query: one forced to 0, then one forced to +∞.</summary>
    public const int SeparatorRows = 2;

    /// <summary>Halo vectors in front of each column: copies of vectors S−2 and S−1 shifted up one lane.</summary>
    public const int HaloVectors = 2;

    /// <summary>Row vectors whose inner products one kernel pass computes together.</summary>
    public const int RowVectorsPerPass = 2;

    /// <summary>Index, in the stack's query list, of this tile's first query.</summary>
    public int FirstQuery { get; }

    public int QueryCount { get; }

    /// <summary>Floats per vector (W).</summary>
    public int Lanes { get; }

    /// <summary>Values per frame (K).</summary>
    public int Dimensions { get; }

    /// <summary>Vectors per column (S), even.</summary>
    public int VectorsPerColumn { get; }

    /// <summary>Floats in one column buffer: halo vectors, then S vectors.</summary>
    public int ColumnLength => (HaloVectors + VectorsPerColumn) * Lanes;

    /// <summary>Frames N of each query in the tile.</summary>
    public int[] QueryFrames { get; }

    /// <summary>Offset, in a column buffer, of each query's last row N−1.</summary>
    public int[] LastRowOffsets { get; }

    /// <summary>Offset, in a column buffer, of the separator row forced to 0 in front of each query.</summary>
    public int[] ZeroRowOffsets { get; }

    /// <summary>Offset, in a column buffer, of the separator row forced to +∞ in front of each query.</summary>
    public int[] InfinityRowOffsets { get; }

    /// <summary>The stacked queries, striped, in pairs of vectors as the kernel reads them: vector i, dimension k at
    /// <c>((⌊i/2⌋·K + k)·2 + i mod 2)·W</c>; zero on separator and padding rows.</summary>
    public AlignedFloats QueryByDimension { get; }

    /// <summary>Where every query row is one-hot (one 1, all else 0: a theme's notes as chroma), each row's dimension,
    /// striped like a column of costs (vector i, lane j at <c>i·W + j</c>), as <see cref="int"/> bits; K on separator and
    /// padding rows. The cost <c>1 − ⟨x, y⟩</c> of such a row is then <c>1 − y[k]</c>, looked up instead of summed.
    /// Null where any row is not one-hot.</summary>
    public AlignedFloats? LookUpIndices { get; }

    private static int OneHotIndex(ReadOnlySpan<float> frame)
    {
        int hot = -1;
        for (int k = 0; k < frame.Length; k++)
        {
            if (frame[k] == 0) continue;
            if (frame[k] != 1 || hot >= 0) return -1;
            hot = k;
        }

        return hot;
    }

    private int ColumnOffset(int row) => (HaloVectors + row % VectorsPerColumn) * Lanes + row / VectorsPerColumn;
}
