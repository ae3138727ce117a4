using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// How a theme's matches are scored, so that costs of query versions of different lengths and tempi compare on one scale,
/// and when a top match counts as convincing. Chosen on the ASAP dev benchmark fold by fold (docs/benchmarks.md, "Matching
/// across tempi"): the values here are the choice made on every rotation.
/// </summary>
public static class MatchScoring
{
    /// <summary>How the matching function is normalised.</summary>
    public const MatchCost Cost = MatchCost.PerQueryFrame;

    /// <summary>Whether a query version's best cost is standardised against that version's own matching function over the
    /// recording (its z-score), which puts versions of different lengths on one scale.</summary>
    public const bool Standardise = false;

    /// <summary>The query tempo factors tried when the user names none.</summary>
    public static IReadOnlyList<double> DefaultTempi { get; } = [1.0];

    /// <summary>Confidence (<see cref="ScoreSpread.Confidence"/>) from which a top match counts as convincing.</summary>
    public const double ConvincingConfidence = 0;

    /// <summary>Whether a theme whose top match has <paramref name="confidence"/> has a convincing match.</summary>
    public static bool IsConvincing(double confidence) => confidence >= ConvincingConfidence;

    /// <summary>The score of a query version whose matching function has <paramref name="cost"/> at a chosen end, and the
    /// given mean and standard deviation over the recording; lower is better.</summary>
    public static double Score(float cost, double mean, double standardDeviation) =>
        !Standardise ? cost : standardDeviation > 0 ? (cost - mean) / standardDeviation : 0;
}
