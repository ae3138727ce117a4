using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Features;

/// <summary>A theme's notes as one-hot chroma frames: the query side of cross-modal matching.</summary>
/// <remarks>
/// Design brief ("Retrieval": one-hot pitch class per note, sampled at the feature rate); FMP §3.1.2 (chroma of a score).
/// Frame i stands for time i / featureRate, the same convention as <see cref="Chroma"/>.
/// </remarks>
public static class NoteChroma
{
    /// <summary>
    /// One-hot chroma of a monophonic theme. Frame i (time t = i / <paramref name="featureRate"/>) takes the pitch class of
    /// the last note with onset ≤ t: the note sounding then, or during a rest the previous note (held). Frames before the
    /// first onset take the first note's class. Frames cover [0, end of the last note): ⌈end · rate⌉ frames.
    /// </summary>
    /// <param name="notes">At least one note, sorted by onset; onsets ≥ 0 and durations &gt; 0 (seconds).</param>
    /// <param name="featureRate">Frames per second (Hz), positive.</param>
    /// <returns>Frames × 12, exactly one 1 per frame.</returns>
    /// <exception cref="ArgumentException">No notes, unsorted onsets, or a negative onset or non-positive duration.</exception>
    public static FeatureMatrix FromNotes(IReadOnlyList<Note> notes, double featureRate)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (!(featureRate > 0)) throw new ArgumentOutOfRangeException(nameof(featureRate), $"featureRate={featureRate} must be positive");
        if (notes.Count == 0) throw new ArgumentException("a theme needs at least one note", nameof(notes));
        double end = 0;
        for (int j = 0; j < notes.Count; j++)
        {
            Note note = notes[j];
            if (note.OnsetSeconds < 0 || !(note.DurationSeconds > 0))
                throw new ArgumentException($"note {j}: onset={note.OnsetSeconds} s must be >= 0 and duration={note.DurationSeconds} s > 0", nameof(notes));
            if (j > 0 && note.OnsetSeconds < notes[j - 1].OnsetSeconds)
                throw new ArgumentException($"note {j}: onset={note.OnsetSeconds} s precedes note {j - 1}'s onset={notes[j - 1].OnsetSeconds} s", nameof(notes));
            end = Math.Max(end, note.OnsetSeconds + note.DurationSeconds);
        }

        // Tolerance for times computed as i / rate that should equal a notated time (e.g. 3 / 10 vs 0.3).
        const double epsilon = 1e-9;
        int frames = (int)Math.Ceiling(end * featureRate - epsilon);
        var result = new FeatureMatrix(frames, Chroma.PitchClasses, featureRate);
        int current = 0;
        for (int i = 0; i < frames; i++)
        {
            double t = i / featureRate;
            while (current + 1 < notes.Count && notes[current + 1].OnsetSeconds <= t + epsilon) current++;
            result[i, notes[current].PitchClass] = 1;
        }
        return result;
    }
}
