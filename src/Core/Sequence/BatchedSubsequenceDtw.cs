using System.Buffers;
using System.Runtime.Intrinsics;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Sequence;

/// <summary>
/// Subsequence DTW of many queries (themes × tempi × transpositions) against one recording in one sweep of its frames:
/// the queries of a <see cref="QueryStack"/> are stacked into tall columns, so every recording frame is loaded once for
/// all of them. Each query's values equal <see cref="SubsequenceDtw.MatchingFunction"/> bit for bit.
/// </summary>
/// <remarks>FMP §7.2.3 (subsequence DTW, matching function), libfmp C7S2; issue 12 §3. The phases stay split: this scan
/// replaces <see cref="SubsequenceDtw.MatchingFunction"/> and <see cref="SubsequenceDtw.FindMatches"/>;
/// <see cref="SubsequenceDtw.Backtrack(FeatureMatrix, FeatureMatrix, int, MatchCost)"/> then finds the start of a chosen end.</remarks>
public static class BatchedSubsequenceDtw
{
    [ThreadStatic]
    private static AlignedFloats? t_scratch;

    /// <summary>
    /// For every query, picks up to <paramref name="maxMatches"/> end frames of its matching function Δ exactly as
    /// <c>SubsequenceDtw.FindMatches(Δ, exclusionRadius: N, maxCount: maxMatches)</c> would (N the query's frames; for
    /// one match, the argmin with ties to the lower frame), and summarises its finite values. Allocates nothing per call
    /// beyond pooled scratch; safe to call from several threads with the same <paramref name="queries"/>.
    /// </summary>
    /// <param name="queries">The prepared queries.</param>
    /// <param name="recording">Recording, M × K frames at the queries' feature rate, frames L2-normalised; no NaN.</param>
    /// <param name="cost">How D is normalised into Δ.</param>
    /// <param name="maxMatches">End frames wanted per query, ≥ 1. One is computed while sweeping; more keep each
    /// query's Δ in a pooled buffer and pick from it afterwards.</param>
    /// <param name="ends">At least Count × <paramref name="maxMatches"/> slots: query q's ends, best first, go to
    /// <c>ends[q · maxMatches ..]</c>, <see cref="QueryScan.EndCount"/> of them.</param>
    /// <param name="scans">At least Count slots: per query, its end count and the count, mean and population standard
    /// deviation of its finite Δ values. A query longer than fits (no finite Δ) gets no ends and count 0.</param>
    /// <exception cref="ArgumentException">A recording that differs in dimensions or feature rate or has no frames, or
    /// buffers too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMatches"/> &lt; 1, or an unknown <paramref name="cost"/>.</exception>
    public static void Scan(
        QueryStack queries, FeatureMatrix recording, MatchCost cost, int maxMatches, Span<MatchEnd> ends, Span<QueryScan> scans)
    {
        Validate(queries, recording, cost);
        if (maxMatches < 1) throw new ArgumentOutOfRangeException(nameof(maxMatches), $"maxMatches={maxMatches} must be ≥ 1");
        if (ends.Length < (long)queries.Count * maxMatches)
            throw new ArgumentException($"ends has {ends.Length} slots; needs queries={queries.Count} × maxMatches={maxMatches}", nameof(ends));
        if (scans.Length < queries.Count)
            throw new ArgumentException($"scans has {scans.Length} slots; needs queries={queries.Count}", nameof(scans));

        int M = recording.Frames;
        for (int i = 0; i < queries.Tiles.Count; i++) // not foreach: the interface's enumerator would be allocated
        {
            var tile = queries.Tiles[i];
            var accumulators = ArrayPool<DeltaAccumulator>.Shared.Rent(tile.QueryCount);
            float[]? deltaRows = maxMatches > 1 ? ArrayPool<float>.Shared.Rent(tile.QueryCount * M) : null;
            try
            {
                Sweep(tile, recording, cost, accumulators, deltaRows);
                for (int t = 0; t < tile.QueryCount; t++)
                {
                    int q = tile.FirstQuery + t;
                    var slots = ends.Slice(q * maxMatches, maxMatches);
                    int count;
                    if (deltaRows is null)
                    {
                        count = accumulators[t].BestFrame < 0 ? 0 : 1;
                        if (count == 1) slots[0] = new MatchEnd(accumulators[t].BestFrame, accumulators[t].Best);
                    }
                    else
                    {
                        count = SubsequenceDtw.PickEnds(deltaRows.AsSpan(t * M, M), tile.QueryFrames[t], slots);
                    }

                    scans[q] = accumulators[t].ToScan(count);
                }
            }
            finally
            {
                ArrayPool<DeltaAccumulator>.Shared.Return(accumulators);
                if (deltaRows is not null) ArrayPool<float>.Shared.Return(deltaRows);
            }
        }
    }

    /// <summary>
    /// Every query's whole matching function. For tests, plots and small inputs: it allocates Count × M floats; use
    /// <see cref="Scan"/> on real recordings.
    /// </summary>
    /// <returns>Per query, Δ of length M; +∞ where no path fits.</returns>
    /// <exception cref="ArgumentException">A recording that differs in dimensions or feature rate or has no frames.</exception>
    public static float[][] MatchingFunctions(QueryStack queries, FeatureMatrix recording, MatchCost cost)
    {
        Validate(queries, recording, cost);
        int M = recording.Frames;
        var deltas = new float[queries.Count][];
        foreach (var tile in queries.Tiles)
        {
            var accumulators = new DeltaAccumulator[tile.QueryCount];
            var deltaRows = new float[tile.QueryCount * M];
            Sweep(tile, recording, cost, accumulators, deltaRows);
            for (int t = 0; t < tile.QueryCount; t++) deltas[tile.FirstQuery + t] = deltaRows.AsSpan(t * M, M).ToArray();
        }

        return deltas;
    }

    private static void Validate(QueryStack queries, FeatureMatrix recording, MatchCost cost)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(recording);
        if (recording.Frames < 1)
            throw new ArgumentException($"recording has M={recording.Frames} frames; needs ≥ 1", nameof(recording));
        if (recording.Dimensions != queries.Dimensions)
            throw new ArgumentException(
                $"recording dimensions={recording.Dimensions} differ from query dimensions={queries.Dimensions}", nameof(recording));
        if (recording.FeatureRate != queries.FeatureRate)
            throw new ArgumentException(
                $"recording featureRate={recording.FeatureRate} Hz differs from query featureRate={queries.FeatureRate} Hz",
                nameof(recording));
        if (!Enum.IsDefined(cost)) throw new ArgumentOutOfRangeException(nameof(cost), $"cost={cost} is not a MatchCost");
    }

    /// <summary>Runs the kernel for the tile's vector width, with this thread's scratch.</summary>
    private static void Sweep(
        StripedQueryTile tile, FeatureMatrix recording, MatchCost cost, Span<DeltaAccumulator> accumulators, float[]? deltaRows)
    {
        accumulators[..tile.QueryCount].Fill(DeltaAccumulator.Empty);
        int length = StripedDtwKernel.ScratchLength(tile);
        if (t_scratch is null || t_scratch.Length < length) t_scratch = new AlignedFloats(length);
        var scratch = t_scratch.Span;
        var rows = deltaRows is null ? Span<float>.Empty : deltaRows.AsSpan(0, tile.QueryCount * recording.Frames);
        switch (tile.Lanes)
        {
            case 4:
                StripedDtwKernel.Run<FloatLanes128, Vector128<float>>(tile, recording, cost, scratch, accumulators, rows);
                break;
            case 8:
                StripedDtwKernel.Run<FloatLanes256, Vector256<float>>(tile, recording, cost, scratch, accumulators, rows);
                break;
            case 16:
                StripedDtwKernel.Run<FloatLanes512, Vector512<float>>(tile, recording, cost, scratch, accumulators, rows);
                break;
            default:
                throw new InvalidOperationException($"no kernel for lanes={tile.Lanes}");
        }
    }
}
