using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// How a theme's matches are scored, so that costs of query versions of different lengths and tempi compare on one scale,
/// and when a top match counts as convincing. Chosen on the ASAP dev benchmark fold by fold (docs/benchmarks.md, "Matching
/// across tempi").
/// </summary>
/// <remarks>
/// A short (fast) query version fits unrelated music better than a long one, so raw costs favour it. Each version's cost is
/// therefore taken as a z-score against the same version's best costs in every recording of the collection: a per-version
/// null distribution. It is the same affine map for all recordings, so it changes which version wins, never how one version
/// ranks recordings.
/// </remarks>
public static class MatchScoring
{
    /// <summary>How the matching function is normalised.</summary>
    public const MatchCost Cost = MatchCost.PerPathCell;

    /// <summary>The query tempo factors tried when the user names none: 0.59 to 1.68 times the theme's tempo, a quarter
    /// octave apart (the step sizes of subsequence DTW absorb another factor of up to 2 either way).</summary>
    public static IReadOnlyList<double> DefaultTempi { get; } = [0.59, 0.71, 0.84, 1, 1.19, 1.41, 1.68];

    /// <summary>Confidence (<see cref="ScoreSpread.Confidence"/>) from which a top match counts as convincing.</summary>
    public const double ConvincingConfidence = 2.6;

    /// <summary>Whether a theme whose top match has <paramref name="confidence"/> has a convincing match.</summary>
    public static bool IsConvincing(double confidence) => confidence >= ConvincingConfidence;

    /// <summary>The score of a query version's raw <paramref name="cost"/> in one recording, given the spread of that version's
    /// best costs over the whole collection; lower is better.</summary>
    public static double Score(double cost, ScoreSpread population) => population.Standardise(cost);
}
