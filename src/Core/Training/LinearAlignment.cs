using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Training;

/// <summary>
/// Frame-wise labels from a linear alignment: the notes, in onset order, stretched uniformly over the whole segment, each
/// taking a share of the frames in proportion to its notated duration.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, TASLP 2021, §V (the "linear" cross-entropy baseline). Rests carry no share: with durations d₁ … dₙ and
/// D = Σ dᵢ, note i covers the positions [d₁ + … + dᵢ₋₁, d₁ + … + dᵢ) / D of the segment, so a rest's time goes to the notes
/// around it in proportion to their durations (the alignment only knows the note order and relative lengths). Frame t of T
/// (time start + t / 25, <see cref="SegmentFrames"/>) sits at position t / T and takes the note covering it. Labels are pitch
/// classes 0–11; a linear alignment has no blank frames.
/// </remarks>
public static class LinearAlignment
{
    /// <summary>The label of each of the <see cref="SegmentFrames.Count"/> frames of <paramref name="pair"/>'s segment.</summary>
    /// <returns>T pitch classes, one per frame.</returns>
    /// <exception cref="ArgumentException">The pair has no notes.</exception>
    public static int[] Labels(TrainingPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        int frames = SegmentFrames.Of(pair).Count;
        if (pair.Notes.Count == 0) throw new ArgumentException($"pair of '{pair.Audio}' at {pair.Start} s has no notes", nameof(pair));
        var notes = pair.Notes.OrderBy(n => n.Onset).ToArray();
        double total = notes.Sum(n => n.Duration);
        var labels = new int[frames];
        int i = 0;
        double noteEnd = notes[0].Duration;
        for (int t = 0; t < frames; t++)
        {
            double position = total * t / frames;
            while (position >= noteEnd && i < notes.Length - 1) noteEnd += notes[++i].Duration;
            labels[t] = CtcTarget.PitchClass(notes[i].Pitch);
        }
        return labels;
    }
}
