namespace Leitmotif.Core.Sequence;

/// <summary>
/// Running summary of one query's matching function, fed one frame at a time in ascending order: its first minimum
/// (argmin, ties to the lower frame, as <see cref="SubsequenceDtw.FindMatches"/> with one match) and the count, sum and
/// sum of squares of its finite values in double.
/// </summary>
internal struct DeltaAccumulator
{
    public static DeltaAccumulator Empty => new() { Best = float.PositiveInfinity, BestFrame = -1 };

    public float Best;
    public int BestFrame;
    public int Count;
    public double Sum;
    public double SumOfSquares;

    public void Add(int frame, float delta)
    {
        if (!float.IsFinite(delta)) return;
        Count++;
        Sum += delta;
        SumOfSquares += (double)delta * delta;
        if (delta < Best)
        {
            Best = delta;
            BestFrame = frame;
        }
    }

    /// <summary>The summary, with <paramref name="endCount"/> ends chosen; mean and population standard deviation of
    /// the finite values (NaN when there are none).</summary>
    public readonly QueryScan ToScan(int endCount)
    {
        if (Count == 0) return new QueryScan(endCount, 0, double.NaN, double.NaN);
        double mean = Sum / Count;
        return new QueryScan(endCount, Count, mean, Math.Sqrt(Math.Max(0, SumOfSquares / Count - mean * mean)));
    }
}
