namespace Leitmotif.Core.Sequence;

/// <summary>What a batched scan found for one query in one recording.</summary>
/// <param name="EndCount">How many of the query's slots in the ends buffer were filled (0 when no path fits).</param>
/// <param name="DeltaCount">Number of recording frames with a finite Δ.</param>
/// <param name="DeltaMean">Mean of the finite Δ values (double); NaN when <paramref name="DeltaCount"/> is 0.</param>
/// <param name="DeltaStandardDeviation">Population standard deviation of the finite Δ values (double); NaN when
/// <paramref name="DeltaCount"/> is 0.</param>
public readonly record struct QueryScan(int EndCount, int DeltaCount, double DeltaMean, double DeltaStandardDeviation);
