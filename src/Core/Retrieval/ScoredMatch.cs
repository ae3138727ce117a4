namespace Leitmotif.Core.Retrieval;

/// <summary>A theme's matches in one recording: the best first, then further non-overlapping ones of the same query version.</summary>
/// <param name="Matches">At least one match, best (lowest cost) first.</param>
/// <param name="Transposition">Semitones the query was shifted by (0 unless transposition invariance is on).</param>
/// <param name="TempoFactor">Query tempo factor that matched best.</param>
/// <param name="Confidence">How far the best match's raw cost lies below the costs of the same query version in every other
/// recording, in units of their spread (<see cref="ScoreSpread.Confidence"/>).</param>
public sealed record ScoredMatch(IReadOnlyList<MatchSpan> Matches, int Transposition, double TempoFactor, double Confidence)
{
    /// <summary>The best match's cost: what the recording is ranked by.</summary>
    public double Cost => Matches[0].Cost;

    /// <summary>Start of the best match.</summary>
    public double StartSeconds => Matches[0].StartSeconds;

    /// <summary>End of the best match.</summary>
    public double EndSeconds => Matches[0].EndSeconds;

    /// <summary>Equal when the matches are equal one by one (not merely the same list) and so are the version's parameters.</summary>
    public bool Equals(ScoredMatch? other) =>
        other is not null && Matches.SequenceEqual(other.Matches) && Transposition == other.Transposition && TempoFactor == other.TempoFactor
        && Confidence.Equals(other.Confidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Matches[0], Transposition, TempoFactor);
}
