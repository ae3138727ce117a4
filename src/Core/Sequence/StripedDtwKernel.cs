using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>
/// The batched subsequence-DTW recursion of <see cref="SubsequenceDtw"/> over one <see cref="StripedQueryTile"/>, for one
/// SIMD width. The recording is swept in passes of <see cref="FramesPerPass"/> frames: one loop computes the costs
/// <c>C = 1 − ⟨x, y⟩</c> of every stacked row against all frames of the pass (each query vector is loaded once for
/// them all), then each frame's column of D is accumulated from the two before it. The inner products are fused
/// multiply-adds in dimension order starting from 0, as in <see cref="SubsequenceDtw.MatchingFunction"/>, and the
/// recursion adds and takes minima in its order, so every value equals it bit for bit. Where every row of the tile is
/// one-hot (themes from notes, for <c>ctc:</c> and <c>cqt</c> kinds), the inner products are skipped: each frame's cost
/// table <c>1 − y[k]</c> is looked up by each row's dimension inside the recursion, with the same values.
/// </summary>
/// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_accumulated_cost_matrix_subsequence_dtw_21</c>; striped SIMD layout after
/// Farrar, Bioinformatics 2007.</remarks>
internal static class StripedDtwKernel
{
    /// <summary>Recording frames whose inner products share one load of the queries.</summary>
    public const int FramesPerPass = 4;

    /// <summary>Floats of scratch <see cref="Run{TLanes, TVector}"/> needs for <paramref name="tile"/>: the pass's costs,
    /// three columns of D and, for path lengths, three of L.</summary>
    public static int ScratchLength(StripedQueryTile tile) =>
        FramesPerPass * tile.VectorsPerColumn * tile.Lanes + 6 * tile.ColumnLength;

    /// <summary>
    /// Sweeps <paramref name="recording"/> past the tile, feeding each query's Δ(m) to its accumulator and, when
    /// <paramref name="deltaRows"/> is not empty, storing it at <c>deltaRows[t · M + m]</c>.
    /// </summary>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats, 64-byte aligned; overwritten.</param>
    public static void Run<TLanes, TVector>(
        StripedQueryTile tile, FeatureMatrix recording, MatchCost cost, Span<float> scratch,
        Span<DeltaAccumulator> accumulators, Span<float> deltaRows)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
    {
        int M = recording.Frames, column = tile.ColumnLength;
        if (TLanes.Count != tile.Lanes || recording.Dimensions != tile.Dimensions || scratch.Length < ScratchLength(tile)
            || accumulators.Length < tile.QueryCount || (!deltaRows.IsEmpty && deltaRows.Length < tile.QueryCount * M))
            throw new InvalidOperationException(
                $"kernel buffers inconsistent: lanes={TLanes.Count}/{tile.Lanes}, scratch={scratch.Length}, queries={tile.QueryCount}");

        bool perPathCell = cost switch
        {
            MatchCost.PerQueryFrame => false,
            MatchCost.PerPathCell => true,
            _ => throw new ArgumentOutOfRangeException(nameof(cost), $"cost={cost} is not a MatchCost"),
        };
        int costsLength = FramesPerPass * tile.VectorsPerColumn * tile.Lanes;
        var C = scratch[..costsLength];
        var D = scratch.Slice(costsLength, 3 * column);
        var L = scratch.Slice(costsLength + 3 * column, 3 * column);
        D.Fill(float.PositiveInfinity);
        L.Clear();
        int previous2 = 0, previous1 = column, current = 2 * column;
        ForceSeparatorsAndHalo<TLanes, TVector>(tile, D.Slice(previous2, column), perPathCell ? L.Slice(previous2, column) : default);
        ForceSeparatorsAndHalo<TLanes, TVector>(tile, D.Slice(previous1, column), perPathCell ? L.Slice(previous1, column) : default);
        if (tile.LookUpIndices is { } indices && TLanes.CanLookUp16)
        {
            // Costs of one-hot rows, 1 − y[k], equal the inner products' bit for bit: every other term is an exact zero.
            Span<float> table = stackalloc float[StripedQueryTile.LookUpEntries];
            table.Fill(1f);
            nuint W = (nuint)TLanes.Count;
            for (int m = 0; m < M; m++)
            {
                var frame = recording.Frame(m);
                for (int k = 0; k < frame.Length; k++) table[k] = 1f - frame[k];
                ref float entries = ref MemoryMarshal.GetReference(table);
                var costs = new LookedUpCosts<TLanes, TVector>(
                    ref MemoryMarshal.GetReference(indices.Span), TLanes.Load(ref entries, 0), W < 16 ? TLanes.Load(ref entries, W) : default);
                AccumulateColumn<TLanes, TVector, LookedUpCosts<TLanes, TVector>>(
                    costs, tile.VectorsPerColumn, perPathCell, D, L, previous2, previous1, current, column);
                EndColumn<TLanes, TVector>(tile, m, M, D.Slice(current, column), perPathCell ? L.Slice(current, column) : default,
                                           accumulators, deltaRows);
                (previous2, previous1, current) = (previous1, current, previous2);
            }

            return;
        }

        for (int m0 = 0; m0 < M; m0 += FramesPerPass)
        {
            Costs<TLanes, TVector>(tile, recording, m0, C);
            for (int f = 0; f < FramesPerPass && m0 + f < M; f++)
            {
                var costs = new StoredCosts<TLanes, TVector>(
                    ref MemoryMarshal.GetReference(C.Slice(f * tile.VectorsPerColumn * tile.Lanes)));
                AccumulateColumn<TLanes, TVector, StoredCosts<TLanes, TVector>>(
                    costs, tile.VectorsPerColumn, perPathCell, D, L, previous2, previous1, current, column);
                EndColumn<TLanes, TVector>(tile, m0 + f, M, D.Slice(current, column), perPathCell ? L.Slice(current, column) : default,
                                           accumulators, deltaRows);
                (previous2, previous1, current) = (previous1, current, previous2);
            }
        }
    }

    private static void AccumulateColumn<TLanes, TVector, TCosts>(
        TCosts costs, int S, bool perPathCell, Span<float> D, Span<float> L, int previous2, int previous1, int current, int column)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
        where TCosts : ICostColumn<TVector>, allows ref struct
    {
        if (perPathCell)
        {
            AccumulateWithPathLength<TLanes, TVector, TCosts>(
                costs, S, D.Slice(previous2, column), D.Slice(previous1, column), D.Slice(current, column),
                L.Slice(previous2, column), L.Slice(previous1, column), L.Slice(current, column));
        }
        else
        {
            Accumulate<TLanes, TVector, TCosts>(costs, S, D.Slice(previous2, column), D.Slice(previous1, column), D.Slice(current, column));
        }
    }

    /// <summary>Feeds each query's Δ(m) (its last row's D over N or over L) to its accumulator and, when wanted, to
    /// <paramref name="deltaRows"/>; then forces the column's separator rows and refreshes its halo.</summary>
    private static void EndColumn<TLanes, TVector>(
        StripedQueryTile tile, int m, int M, Span<float> Dm, Span<float> Lm, Span<DeltaAccumulator> accumulators, Span<float> deltaRows)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
    {
        bool perPathCell = !Lm.IsEmpty;
        for (int t = 0; t < tile.QueryCount; t++)
        {
            int last = tile.LastRowOffsets[t];
            float delta = perPathCell ? Dm[last] / Lm[last] : Dm[last] / tile.QueryFrames[t];
            if (!deltaRows.IsEmpty) deltaRows[t * M + m] = delta;
            accumulators[t].Add(m, delta);
        }

        ForceSeparatorsAndHalo<TLanes, TVector>(tile, Dm, Lm);
    }

    /// <summary>
    /// <c>C[f][i] = 1 − Σ_k Q[i, k] · y_{m0+f}[k]</c> for the pass's frames (the last frame repeated past the recording's
    /// end), two row vectors at a time so that each query load serves all frames and each broadcast two rows.
    /// </summary>
    private static void Costs<TLanes, TVector>(StripedQueryTile tile, FeatureMatrix recording, int m0, Span<float> C)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
    {
        int K = tile.Dimensions, M = recording.Frames;
        nuint W = (nuint)TLanes.Count, S = (nuint)tile.VectorsPerColumn, plane = S * W, kW = (nuint)K * W;
        ref float q = ref MemoryMarshal.GetReference(tile.QueryByDimension.Span);
        ref float y = ref MemoryMarshal.GetArrayDataReference(recording.Data);
        ref float y0 = ref Unsafe.Add(ref y, m0 * K);
        ref float y1 = ref Unsafe.Add(ref y, Math.Min(m0 + 1, M - 1) * K);
        ref float y2 = ref Unsafe.Add(ref y, Math.Min(m0 + 2, M - 1) * K);
        ref float y3 = ref Unsafe.Add(ref y, Math.Min(m0 + 3, M - 1) * K);
        ref float c = ref MemoryMarshal.GetReference(C);
        var one = TLanes.Broadcast(1f);
        for (nuint i = 0; i < S; i += 2)
        {
            TVector c00 = default, c01 = default, c10 = default, c11 = default;
            TVector c20 = default, c21 = default, c30 = default, c31 = default;
            ref float pair = ref Unsafe.Add(ref q, i * kW);
            for (int k = 0; k < K; k++, pair = ref Unsafe.Add(ref pair, 2 * W))
            {
                var q0 = TLanes.Load(ref pair, 0);
                var q1 = TLanes.Load(ref pair, W);
                var b = TLanes.Broadcast(Unsafe.Add(ref y0, k));
                c00 = TLanes.MultiplyAdd(q0, b, c00);
                c01 = TLanes.MultiplyAdd(q1, b, c01);
                b = TLanes.Broadcast(Unsafe.Add(ref y1, k));
                c10 = TLanes.MultiplyAdd(q0, b, c10);
                c11 = TLanes.MultiplyAdd(q1, b, c11);
                b = TLanes.Broadcast(Unsafe.Add(ref y2, k));
                c20 = TLanes.MultiplyAdd(q0, b, c20);
                c21 = TLanes.MultiplyAdd(q1, b, c21);
                b = TLanes.Broadcast(Unsafe.Add(ref y3, k));
                c30 = TLanes.MultiplyAdd(q0, b, c30);
                c31 = TLanes.MultiplyAdd(q1, b, c31);
            }

            nuint at = i * W;
            TLanes.Store(TLanes.Subtract(one, c00), ref c, at);
            TLanes.Store(TLanes.Subtract(one, c01), ref c, at + W);
            TLanes.Store(TLanes.Subtract(one, c10), ref c, plane + at);
            TLanes.Store(TLanes.Subtract(one, c11), ref c, plane + at + W);
            TLanes.Store(TLanes.Subtract(one, c20), ref c, 2 * plane + at);
            TLanes.Store(TLanes.Subtract(one, c21), ref c, 2 * plane + at + W);
            TLanes.Store(TLanes.Subtract(one, c30), ref c, 3 * plane + at);
            TLanes.Store(TLanes.Subtract(one, c31), ref c, 3 * plane + at + W);
        }
    }

    /// <summary>
    /// <c>D[n, m] = C[n, m] + min(D[n−1, m−1], D[n−2, m−1], D[n−1, m−2])</c> for one column: in the striped layout rows
    /// n−1 and n−2 are vectors i−1 and i−2 (the halo for i &lt; 2), each column buffer starting with the two halo vectors.
    /// </summary>
    private static void Accumulate<TLanes, TVector, TCosts>(
        TCosts costs, int vectors, Span<float> previous2, Span<float> previous1, Span<float> current)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
        where TCosts : ICostColumn<TVector>, allows ref struct
    {
        nuint W = (nuint)TLanes.Count, S = (nuint)vectors;
        ref float d2 = ref MemoryMarshal.GetReference(previous2);
        ref float d1 = ref MemoryMarshal.GetReference(previous1);
        ref float d = ref MemoryMarshal.GetReference(current);
        var up2 = TLanes.Load(ref d1, 0); // D[n−2, m−1] of vector 0 = halo vector −2
        for (nuint i = 0, at = 0; i < S; i++, at += W)
        {
            var up1 = TLanes.Load(ref d1, at + W); // D[n−1, m−1]
            var left = TLanes.Load(ref d2, at + W); // D[n−1, m−2]
            var best = TLanes.Min(TLanes.Min(up1, up2), left);
            TLanes.Store(TLanes.Add(costs.At(at), best), ref d, at + 2 * W);
            up2 = up1;
        }
    }

    /// <summary>
    /// <see cref="Accumulate{TLanes, TVector, TCosts}"/> that also carries L, the cell count of the chosen path, choosing the
    /// predecessor as <see cref="SubsequenceDtw.Backtrack(FeatureMatrix, FeatureMatrix, int, MatchCost)"/> does: (1,1)
    /// unless another is strictly smaller, then (2,1) unless (1,2) is strictly smaller.
    /// </summary>
    private static void AccumulateWithPathLength<TLanes, TVector, TCosts>(
        TCosts costs, int vectors, Span<float> previous2, Span<float> previous1, Span<float> current,
        Span<float> lengths2, Span<float> lengths1, Span<float> lengths)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
        where TCosts : ICostColumn<TVector>, allows ref struct
    {
        nuint W = (nuint)TLanes.Count, S = (nuint)vectors;
        ref float d2 = ref MemoryMarshal.GetReference(previous2);
        ref float d1 = ref MemoryMarshal.GetReference(previous1);
        ref float d = ref MemoryMarshal.GetReference(current);
        ref float l2 = ref MemoryMarshal.GetReference(lengths2);
        ref float l1 = ref MemoryMarshal.GetReference(lengths1);
        ref float l = ref MemoryMarshal.GetReference(lengths);
        var one = TLanes.Broadcast(1f);
        var up2 = TLanes.Load(ref d1, 0);
        var up2Length = TLanes.Load(ref l1, 0);
        for (nuint i = 0, at = 0; i < S; i++, at += W)
        {
            var up1 = TLanes.Load(ref d1, at + W);
            var up1Length = TLanes.Load(ref l1, at + W);
            var left = TLanes.Load(ref d2, at + W);
            var leftLength = TLanes.Load(ref l2, at + W);
            var best = TLanes.WhereLess(up2, up1, up2, up1);
            var bestLength = TLanes.WhereLess(up2, up1, up2Length, up1Length);
            bestLength = TLanes.WhereLess(left, best, leftLength, bestLength);
            best = TLanes.Min(left, best);
            TLanes.Store(TLanes.Add(costs.At(at), best), ref d, at + 2 * W);
            TLanes.Store(TLanes.Add(bestLength, one), ref l, at + 2 * W);
            (up2, up2Length) = (up1, up1Length);
        }
    }

    /// <summary>Forces each query's separator rows (D = 0 then +∞; L = 0 when tracked, <paramref name="L"/> not empty)
    /// and refreshes the halo: vectors −2 and −1 are vectors S−2 and S−1 shifted up one lane (lane 0's halo feeds only
    /// the first separator rows, which are forced).</summary>
    private static void ForceSeparatorsAndHalo<TLanes, TVector>(StripedQueryTile tile, Span<float> D, Span<float> L)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
    {
        for (int t = 0; t < tile.QueryCount; t++)
        {
            D[tile.ZeroRowOffsets[t]] = 0;
            D[tile.InfinityRowOffsets[t]] = float.PositiveInfinity;
        }

        Halo<TLanes, TVector>(D, tile.VectorsPerColumn);
        if (L.IsEmpty) return;
        for (int t = 0; t < tile.QueryCount; t++)
        {
            L[tile.ZeroRowOffsets[t]] = 0;
            L[tile.InfinityRowOffsets[t]] = 0;
        }

        Halo<TLanes, TVector>(L, tile.VectorsPerColumn);
    }

    private static void Halo<TLanes, TVector>(Span<float> column, int S)
        where TLanes : struct, IFloatLanes<TVector>
        where TVector : struct
    {
        nuint W = (nuint)TLanes.Count;
        ref float first = ref MemoryMarshal.GetReference(column);
        TLanes.Store(TLanes.ShiftUpOneLane(TLanes.Load(ref first, (nuint)S * W)), ref first, 0);
        TLanes.Store(TLanes.ShiftUpOneLane(TLanes.Load(ref first, (nuint)(S + 1) * W)), ref first, W);
    }
}
