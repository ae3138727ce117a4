using System.Globalization;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Benchmarks;

/// <summary>
/// One way to score a theme against a recording in the matching study: the matching function's normalisation, whether each
/// tempo version's minimum is standardised against that version's own values over the recording (a z-score), and the tempo
/// versions tried (indices into the study's tempo grid).
/// </summary>
public sealed record StudyRule(MatchCost Cost, bool Standardise, int[] Tempi, double[] Grid)
{
    /// <summary>The score of query version <paramref name="query"/> in <paramref name="recording"/>; lower is better.</summary>
    public double Score(StudyScans scans, int query, int recording)
    {
        double min = scans.Min(query, recording);
        if (!Standardise || !double.IsFinite(min)) return min;
        double std = scans.Std(query, recording);
        return std > 0 ? (min - scans.Mean(query, recording)) / std : 0;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Cost == MatchCost.PerQueryFrame ? "perN" : "perPath")}{(Standardise ? "+z" : "")} tempi={string.Join(',', Tempi.Select(i => Grid[i].ToString("0.##", CultureInfo.InvariantCulture)))}");
}
