using System.Globalization;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Benchmarks;

/// <summary>How a query version's best cost becomes a score comparable across versions, in the matching study.</summary>
public enum VersionScore
{
    /// <summary>The cost itself.</summary>
    Raw,

    /// <summary>Versions chosen by their cost's z-score against the version's own matching function over the recording;
    /// recordings ranked by the chosen version's cost.</summary>
    RecordingZChoice,

    /// <summary>That z-score, also for ranking.</summary>
    RecordingZ,

    /// <summary>The cost's z-score against the same version's best costs over all recordings.</summary>
    CollectionZ,

    /// <summary>The cost times <c>1 + λ·|ln tempo|</c>: a prior for the theme's own tempo.</summary>
    TempoPrior,
}

/// <summary>
/// One way to score a theme against a recording in the matching study: the matching function's normalisation, how versions
/// are compared, and the tempo versions tried (indices into the study's tempo grid).
/// </summary>
public sealed record StudyRule(MatchCost Cost, VersionScore Score, double Lambda, int[] Tempi, double[] Grid)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Cost == MatchCost.PerQueryFrame ? "perN" : "perPath")} {Score}{(Score == VersionScore.TempoPrior ? $"({Lambda})" : "")} tempi={string.Join(',', Tempi.Select(i => Grid[i].ToString("0.##", CultureInfo.InvariantCulture)))}");
}
