namespace Leitmotif.Core.Retrieval;

/// <summary>
/// How a theme's best costs spread over the recordings it was matched against: count, sum and sum of squares, which add up
/// over shards in any order, so a confidence can be computed from the whole collection while each shard keeps only its top k.
/// </summary>
/// <param name="Count">Recordings counted.</param>
/// <param name="Sum">Sum of their best costs.</param>
/// <param name="SumOfSquares">Sum of the squares of their best costs.</param>
public readonly record struct ScoreSpread(int Count, double Sum, double SumOfSquares)
{
    /// <summary>This spread with one more recording's best cost.</summary>
    public ScoreSpread Add(double cost) => new(Count + 1, Sum + cost, SumOfSquares + cost * cost);

    /// <summary>The spread of both populations together.</summary>
    public ScoreSpread Merge(ScoreSpread other) => new(Count + other.Count, Sum + other.Sum, SumOfSquares + other.SumOfSquares);

    /// <summary>The z-score of <paramref name="cost"/> in this population: <c>(cost − mean) / std</c> over all counted costs;
    /// 0 where they do not spread.</summary>
    public double Standardise(double cost)
    {
        if (Count == 0) return 0;
        double mean = Sum / Count;
        double variance = SumOfSquares / Count - mean * mean;
        return variance > 1e-12 ? (cost - mean) / Math.Sqrt(variance) : 0;
    }

    /// <summary>
    /// How far <paramref name="best"/> (one of the counted costs) lies below the other recordings' costs, in units of their
    /// standard deviation: <c>(mean − best) / std</c> over the population without it. 0 where fewer than two others were
    /// counted or they do not spread.
    /// </summary>
    public double Confidence(double best)
    {
        int others = Count - 1;
        if (others < 2) return 0;
        double mean = (Sum - best) / others;
        double variance = (SumOfSquares - best * best) / others - mean * mean;
        return variance > 1e-12 ? (mean - best) / Math.Sqrt(variance) : 0;
    }
}
