namespace Leitmotif.Core.Corpus;

/// <summary>Which score excerpts count as themes and training pairs.</summary>
/// <param name="MinBars">Fewest whole bars in an excerpt.</param>
/// <param name="MaxBars">Most whole bars in an excerpt.</param>
/// <param name="MinNotes">Fewest notes of the excerpt's melody.</param>
/// <param name="MaxNotes">Most notes of the excerpt's melody.</param>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4: short monophonic themes of a few bars.</remarks>
public sealed record ExcerptOptions(int MinBars = 2, int MaxBars = 4, int MinNotes = 6, int MaxNotes = 20)
{
    /// <summary>Throws where a bound is not positive or a minimum exceeds its maximum.</summary>
    public void Validate()
    {
        if (MinBars < 1 || MaxBars < MinBars) throw new ArgumentException($"bars {MinBars}–{MaxBars}: need 1 ≤ MinBars ≤ MaxBars");
        if (MinNotes < 1 || MaxNotes < MinNotes) throw new ArgumentException($"notes {MinNotes}–{MaxNotes}: need 1 ≤ MinNotes ≤ MaxNotes");
    }
}
