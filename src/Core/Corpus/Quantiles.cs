namespace Leitmotif.Core.Corpus;

/// <summary>A distribution in seven numbers: minimum, 10th percentile, quartiles, 90th percentile, maximum.</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="Q1">First quartile (25th percentile).</param>
/// <param name="Median">Median.</param>
/// <param name="Q3">Third quartile (75th percentile).</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">The largest value.</param>
/// <remarks>Percentiles interpolate linearly between order statistics (Hyndman &amp; Fan 1996, definition 7; numpy's default).</remarks>
public sealed record Quantiles(double Min, double P10, double Q1, double Median, double Q3, double P90, double Max)
{
    /// <summary>The distribution of <paramref name="values"/>.</summary>
    /// <param name="values">At least one value, any order.</param>
    public static Quantiles Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        double At(double p)
        {
            double h = (sorted.Length - 1) * p;
            int i = (int)Math.Floor(h);
            return i + 1 < sorted.Length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
        }

        return new Quantiles(sorted[0], At(0.1), At(0.25), At(0.5), At(0.75), At(0.9), sorted[^1]);
    }
}
