using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>
/// Subsequence dynamic time warping of a short query (a theme, N frames) against a long recording (M frames).
/// Cost <c>C[n, m] = 1 − ⟨x_n, y_m⟩</c> of L2-normalised frames; step sizes (1,1), (2,1), (1,2) in (query, recording)
/// frames, all weights 1; free start anywhere in the recording:
/// <c>D[0, m] = C[0, m]</c>, <c>D[n, m] = C[n, m] + min(D[n−1, m−1], D[n−2, m−1], D[n−1, m−2])</c>, out of range = +∞.
/// The matching function is <c>Δ(m) = D[N−1, m] / N</c>.
/// </summary>
/// <remarks>
/// FMP §7.2.3 (subsequence DTW, step sizes Σ = {(2,1), (1,2), (1,1)}), libfmp C7S2
/// <c>compute_accumulated_cost_matrix_subsequence_dtw_21</c>; Zalkow &amp; Müller, ISMIR 2020. The phases are split:
/// <see cref="MatchingFunction"/> → <see cref="FindMatches"/> → <see cref="Backtrack"/> (or <see cref="OptimalPath"/>).
/// </remarks>
public static class SubsequenceDtw
{
    /// <summary>Rows of +∞ kept above each accumulated-cost column, so rows n−1 and n−2 never leave the buffer.</summary>
    private const int Pad = 2;

    /// <summary>Query rows the kernel handles per pass (four vectors); the transposed query is zero-padded to a multiple.</summary>
    private static readonly int Block = 4 * Vector<float>.Count;

    /// <summary>
    /// Computes the matching function Δ without materialising the N × M accumulated-cost matrix: the recording is swept
    /// column by column keeping only columns m−2, m−1 and m, and each column is computed with SIMD over the query frames.
    /// </summary>
    /// <param name="query">Query, N × K frames (K = 12 for chroma), frames L2-normalised.</param>
    /// <param name="recording">Recording, M × K frames at the query's feature rate, frames L2-normalised.</param>
    /// <returns>Δ, length M: <c>Δ(m) = D[N−1, m] / N</c>, the cost of the best path ending at recording frame m;
    /// +∞ where no path fits (m &lt; ⌈(N−1)/2⌉).</returns>
    /// <exception cref="ArgumentException">Empty inputs, different dimensions or feature rates.</exception>
    /// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_accumulated_cost_matrix_subsequence_dtw_21</c> (rolling columns
    /// instead of the full matrix, design.md "Performance facts").</remarks>
    public static float[] MatchingFunction(FeatureMatrix query, FeatureMatrix recording)
    {
        Validate(query, recording);
        int N = query.Frames, K = query.Dimensions;
        int paddedN = (N + Block - 1) / Block * Block;
        var pool = ArrayPool<float>.Shared;
        float[] queryByDimension = pool.Rent(K * paddedN);
        float[] columns = pool.Rent(3 * (paddedN + Pad));
        try
        {
            var Q = queryByDimension.AsSpan(0, K * paddedN);
            Q.Clear();
            for (int n = 0; n < N; n++)
            {
                for (int k = 0; k < K; k++) Q[k * paddedN + n] = query[n, k];
            }

            var delta = new float[recording.Frames];
            MatchingKernel(Q, K, N, recording.Data, columns.AsSpan(0, 3 * (paddedN + Pad)), delta);
            return delta;
        }
        finally
        {
            pool.Return(queryByDimension);
            pool.Return(columns);
        }
    }

    /// <summary>
    /// Picks match end frames from a matching function, best first: repeatedly takes the smallest remaining value and
    /// excludes the frames within <paramref name="exclusionRadius"/> of it, until <paramref name="maxCount"/> are found
    /// or only excluded or infinite values remain.
    /// </summary>
    /// <param name="delta">Matching function Δ from <see cref="MatchingFunction"/>; not changed.</param>
    /// <param name="exclusionRadius">Frames excluded on each side of a chosen end frame; ≥ 0.</param>
    /// <param name="maxCount">Largest number of end frames returned; ≥ 1.</param>
    /// <returns>End frames in ascending order of Δ (ties: lower frame first), at most <paramref name="maxCount"/>.</returns>
    /// <remarks>FMP §7.2.3 (matching function), libfmp C7S2 <c>mininma_from_matching_function</c> (parameter ρ).</remarks>
    public static IReadOnlyList<int> FindMatches(float[] delta, int exclusionRadius, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(delta);
        if (exclusionRadius < 0)
            throw new ArgumentOutOfRangeException(nameof(exclusionRadius), $"exclusionRadius={exclusionRadius} must be ≥ 0");
        if (maxCount < 1) throw new ArgumentOutOfRangeException(nameof(maxCount), $"maxCount={maxCount} must be ≥ 1");

        var ends = new MatchEnd[Math.Min(maxCount, delta.Length)];
        int count = PickEnds(delta.ToArray(), exclusionRadius, ends);
        return ends.Take(count).Select(e => e.EndFrame).ToArray();
    }

    /// <summary>
    /// <see cref="FindMatches"/> into a caller's buffer, fills up to <c>ends.Length</c> slots and returns how many it
    /// filled. Overwrites <paramref name="delta"/>: the frames around each chosen end are set to +∞ to exclude them.
    /// </summary>
    internal static int PickEnds(Span<float> delta, int exclusionRadius, Span<MatchEnd> ends)
    {
        int count = 0;
        while (count < ends.Length)
        {
            int best = -1;
            for (int m = 0; m < delta.Length; m++)
            {
                if (float.IsFinite(delta[m]) && (best < 0 || delta[m] < delta[best])) best = m;
            }

            if (best < 0) break;
            ends[count++] = new MatchEnd(best, delta[best]);
            int from = Math.Max(0, best - exclusionRadius), to = Math.Min(delta.Length - 1, best + exclusionRadius);
            delta[from..(to + 1)].Fill(float.PositiveInfinity);
        }

        return count;
    }

    /// <summary>Backtracking with the cost per query frame; see <see cref="Backtrack(FeatureMatrix, FeatureMatrix, int, MatchCost)"/>.</summary>
    public static Match Backtrack(FeatureMatrix query, FeatureMatrix recording, int endFrame) =>
        Backtrack(query, recording, endFrame, MatchCost.PerQueryFrame);

    /// <summary>
    /// Finds where the optimal warping path ending at <paramref name="endFrame"/> starts (<see cref="OptimalPath"/>) and
    /// normalises its accumulated cost.
    /// </summary>
    /// <param name="query">Query, N × K frames, L2-normalised.</param>
    /// <param name="recording">Recording, M × K frames, L2-normalised.</param>
    /// <param name="endFrame">Recording frame the path ends at, 0 ≤ endFrame &lt; M, with Δ(endFrame) finite.</param>
    /// <param name="cost">How D[N−1, endFrame] is normalised: by N, or by the path's cell count.</param>
    /// <returns>The match: start frame (row 0 of the path), <paramref name="endFrame"/>, Δ(endFrame) under
    /// <paramref name="cost"/>, and the path's cell count.</returns>
    /// <exception cref="ArgumentException">Invalid inputs, or no path ends at <paramref name="endFrame"/>.</exception>
    /// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_optimal_warping_path_subsequence_dtw_21</c>.</remarks>
    public static Match Backtrack(FeatureMatrix query, FeatureMatrix recording, int endFrame, MatchCost cost)
    {
        if (!Enum.IsDefined(cost)) throw new ArgumentOutOfRangeException(nameof(cost), $"cost={cost} is not a MatchCost");
        var path = OptimalPath(query, recording, endFrame);
        int cells = path.Cells.Count;
        float delta = cost switch
        {
            MatchCost.PerQueryFrame => path.AccumulatedCost / query.Frames,
            MatchCost.PerPathCell => path.AccumulatedCost / cells,
            _ => throw new ArgumentOutOfRangeException(nameof(cost), $"cost={cost} is not a MatchCost"),
        };
        return new Match(path.StartFrame, endFrame, delta, cells);
    }

    /// <summary>
    /// The optimal warping path ending at <paramref name="endFrame"/>. Recomputes the accumulated cost only on recording
    /// frames [endFrame − 2(N−1), endFrame]: every path ending at <paramref name="endFrame"/>, and every optimal sub-path of
    /// its cells, lies there, so the values used are exact (bit for bit those of <see cref="MatchingFunction"/>).
    /// </summary>
    /// <param name="query">Query, N × K frames, L2-normalised.</param>
    /// <param name="recording">Recording, M × K frames, L2-normalised.</param>
    /// <param name="endFrame">Recording frame the path ends at, 0 ≤ endFrame &lt; M, with Δ(endFrame) finite.</param>
    /// <returns>The path's cells from query frame 0 to N−1, and D[N−1, endFrame].</returns>
    /// <exception cref="ArgumentException">Invalid inputs, or no path ends at <paramref name="endFrame"/>.</exception>
    /// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_optimal_warping_path_subsequence_dtw_21</c>; ties prefer (1,1), then (2,1).</remarks>
    public static WarpingPath OptimalPath(FeatureMatrix query, FeatureMatrix recording, int endFrame)
    {
        Validate(query, recording);
        if (endFrame < 0 || endFrame >= recording.Frames)
            throw new ArgumentOutOfRangeException(nameof(endFrame), $"endFrame={endFrame} must be in [0, {recording.Frames})");
        int N = query.Frames;
        int first = Math.Max(0, endFrame - 2 * (N - 1));
        var D = Accumulate(query, recording, first, endFrame - first + 1);
        int n = N - 1, m = endFrame - first;
        if (float.IsPositiveInfinity(D[n, m]))
            throw new ArgumentOutOfRangeException(nameof(endFrame), $"endFrame={endFrame}: no warping path of a {N}-frame query ends there");

        var P = new List<(int QueryFrame, int RecordingFrame)> { (n, first + m) };
        while (n > 0)
        {
            float d11 = At(D, n - 1, m - 1), d21 = At(D, n - 2, m - 1), d12 = At(D, n - 1, m - 2);
            if (d11 <= d21 && d11 <= d12) (n, m) = (n - 1, m - 1);
            else if (d21 <= d12) (n, m) = (n - 2, m - 1);
            else (n, m) = (n - 1, m - 2);
            P.Add((n, first + m));
        }

        P.Reverse();
        return new WarpingPath(P, D[N - 1, endFrame - first]);
    }

    /// <summary>
    /// The full accumulated-cost matrix D. For tests and small inputs only: it allocates N × M floats; use
    /// <see cref="MatchingFunction"/> and <see cref="Backtrack"/> on real recordings.
    /// </summary>
    /// <param name="query">Query, N × K frames, L2-normalised.</param>
    /// <param name="recording">Recording, M × K frames, L2-normalised.</param>
    /// <returns>D, N × M (query frame, recording frame); +∞ where no path reaches a cell.</returns>
    /// <remarks>FMP §7.2.3, libfmp C7S2 <c>compute_accumulated_cost_matrix_subsequence_dtw_21</c>.</remarks>
    public static float[,] AccumulatedCost(FeatureMatrix query, FeatureMatrix recording)
    {
        Validate(query, recording);
        return Accumulate(query, recording, 0, recording.Frames);
    }

    private static void Validate(FeatureMatrix query, FeatureMatrix recording)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(recording);
        if (query.Frames < 1) throw new ArgumentException($"query has N={query.Frames} frames; needs ≥ 1", nameof(query));
        if (recording.Frames < 1)
            throw new ArgumentException($"recording has M={recording.Frames} frames; needs ≥ 1", nameof(recording));
        if (query.Dimensions != recording.Dimensions)
            throw new ArgumentException(
                $"query dimensions={query.Dimensions} differ from recording dimensions={recording.Dimensions}", nameof(recording));
        if (query.FeatureRate != recording.FeatureRate)
            throw new ArgumentException(
                $"query featureRate={query.FeatureRate} Hz differs from recording featureRate={recording.FeatureRate} Hz",
                nameof(recording));
    }

    /// <summary>
    /// The rolling-column recursion. <paramref name="Q"/> holds the query transposed and zero-padded (K rows of paddedN,
    /// paddedN a multiple of <see cref="Block"/>); <paramref name="columns"/> holds three columns of Pad + paddedN.
    /// Padded query rows lie below row N−1 and never feed it.
    /// </summary>
    private static void MatchingKernel(
        ReadOnlySpan<float> Q, int K, int N, ReadOnlySpan<float> Y, Span<float> columns, Span<float> delta)
    {
        nuint W = (nuint)Vector<float>.Count;
        int paddedN = Q.Length / K;
        int stride = Pad + paddedN;
        if (paddedN % Block != 0 || paddedN < N || columns.Length != 3 * stride || Y.Length < delta.Length * K)
            throw new InvalidOperationException($"kernel buffers inconsistent: paddedN={paddedN}, N={N}, columns={columns.Length}");

        columns.Fill(float.PositiveInfinity);
        // Unchecked loads and stores: every offset below stays inside the buffers checked above.
        ref float q = ref MemoryMarshal.GetReference(Q);
        ref float y = ref MemoryMarshal.GetReference(Y);
        ref float column = ref MemoryMarshal.GetReference(columns);
        nuint previous2 = 0, previous1 = (nuint)stride, current = (nuint)(2 * stride);
        for (int m = 0; m < delta.Length; m++)
        {
            ref float frame = ref Unsafe.Add(ref y, m * K);
            // Four independent vectors of query rows per pass, so the K-long multiply-add chains overlap.
            for (nuint n = 0; n < (nuint)paddedN; n += 4 * W)
            {
                Vector<float> inner0 = default, inner1 = default, inner2 = default, inner3 = default;
                for (int k = 0; k < K; k++)
                {
                    var yk = new Vector<float>(Unsafe.Add(ref frame, k));
                    nuint row = (nuint)(k * paddedN) + n;
                    inner0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref q, row), yk, inner0);
                    inner1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref q, row + W), yk, inner1);
                    inner2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref q, row + 2 * W), yk, inner2);
                    inner3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref q, row + 3 * W), yk, inner3);
                }

                Step(ref column, previous2, previous1, current, n, Vector<float>.One - inner0);
                Step(ref column, previous2, previous1, current, n + W, Vector<float>.One - inner1);
                Step(ref column, previous2, previous1, current, n + 2 * W, Vector<float>.One - inner2);
                Step(ref column, previous2, previous1, current, n + 3 * W, Vector<float>.One - inner3);
                if (n == 0) Unsafe.Add(ref column, current + Pad) = 1 - inner0[0]; // free start: D[0, m] = C[0, m]
            }

            delta[m] = Unsafe.Add(ref column, current + (nuint)(Pad + N - 1)) / N;
            (previous2, previous1, current) = (previous1, current, previous2);
        }
    }

    /// <summary>
    /// <c>D[n.., m] = C[n.., m] + min(D[n−1, m−1], D[n−2, m−1], D[n−1, m−2])</c> for one vector of rows; the column buffers
    /// start at the given offsets and are shifted by Pad, so D[n−1, ·] is at index n + 1 and D[n−2, ·] at n.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref float column, nuint previous2, nuint previous1, nuint current, nuint n, Vector<float> C)
    {
        var best = Vector.Min(
            Vector.Min(Vector.LoadUnsafe(ref column, previous1 + n + 1), Vector.LoadUnsafe(ref column, previous1 + n)),
            Vector.LoadUnsafe(ref column, previous2 + n + 1));
        (C + best).StoreUnsafe(ref column, current + n + Pad);
    }

    /// <summary>D on recording frames [first, first + count), computed cell by cell with the kernel's roundings, so its
    /// values equal <see cref="MatchingFunction"/>'s bit for bit; for tests and backtracking windows.</summary>
    private static float[,] Accumulate(FeatureMatrix query, FeatureMatrix recording, int first, int count)
    {
        int N = query.Frames;
        var D = new float[N, count];
        for (int m = 0; m < count; m++)
        {
            var y = recording.Frame(first + m);
            for (int n = 0; n < N; n++)
            {
                var x = query.Frame(n);
                float inner = 0;
                for (int k = 0; k < x.Length; k++) inner = MathF.FusedMultiplyAdd(x[k], y[k], inner); // the kernel's rounding
                float C = 1 - inner;
                D[n, m] = n == 0 ? C : C + MathF.Min(MathF.Min(At(D, n - 1, m - 1), At(D, n - 2, m - 1)), At(D, n - 1, m - 2));
            }
        }

        return D;
    }

    private static float At(float[,] D, int n, int m) => n < 0 || m < 0 ? float.PositiveInfinity : D[n, m];
}
