namespace Leitmotif.Core.Evaluation;

/// <summary>The mean of a few values and their spread: the sample standard deviation (n − 1), NaN for a single value.</summary>
public sealed record MeanAndSpread(double Mean, double Spread)
{
    /// <summary>Mean and sample standard deviation of <paramref name="values"/> (at least one).</summary>
    public static MeanAndSpread Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        double mean = values.Average();
        double spread = values.Count == 1 ? double.NaN : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return new MeanAndSpread(mean, spread);
    }
}
