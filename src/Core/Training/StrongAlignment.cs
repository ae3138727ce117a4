using Leitmotif.Core.Corpus;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>
/// Frame-wise labels from note-level timing: each note's onset (in annotated beats) mapped to performance seconds through the
/// pair's beat times; a note sounds from its onset until the next note's onset.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, TASLP 2021, §V (the "strong" cross-entropy baseline). Exactly: beat position b ≥ 0 maps to
/// BeatSeconds[i] + (b − i) · (BeatSeconds[i + 1] − BeatSeconds[i]) with i = clamp(⌊b⌋, 0, n − 2) for n beat times, so fractional
/// beats interpolate and positions past the last beat extrapolate with the last interval. Notes are taken in onset order;
/// note k sounds on [s(onset_k), s(onset_k+1)), the last one until the segment's end. Frame t takes the note sounding at time
/// start + t / 25 s (<see cref="SegmentFrames"/>); of notes with equal onsets the later one in the file wins. Frames before the
/// first onset are blank (<see cref="ChromaNetwork.BlankIndex"/>); every other label is a pitch class 0–11.
/// </remarks>
public static class StrongAlignment
{
    /// <summary>The label of each of the <see cref="SegmentFrames.Count"/> frames of <paramref name="pair"/>'s segment.</summary>
    /// <returns>T labels: pitch classes 0–11, or 12 (blank) before the first note.</returns>
    /// <exception cref="ArgumentException">The pair has no notes or fewer than two beat times.</exception>
    public static int[] Labels(TrainingPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Notes.Count == 0) throw new ArgumentException($"pair of '{pair.Audio}' at {pair.Start} s has no notes", nameof(pair));
        if (pair.BeatSeconds.Count < 2)
            throw new ArgumentException($"pair of '{pair.Audio}' at {pair.Start} s has {pair.BeatSeconds.Count} beat times; 2 are needed", nameof(pair));
        var notes = pair.Notes.OrderBy(n => n.Onset).ToArray();
        var onsets = notes.Select(n => Seconds(pair.BeatSeconds, n.Onset)).ToArray();
        var labels = new int[SegmentFrames.Of(pair).Count];
        int k = -1;
        for (int t = 0; t < labels.Length; t++)
        {
            double time = SegmentFrames.TargetTime(pair, t);
            while (k + 1 < notes.Length && onsets[k + 1] <= time) k++;
            labels[t] = k < 0 ? ChromaNetwork.BlankIndex : CtcTarget.PitchClass(notes[k].Pitch);
        }
        return labels;
    }

    /// <summary>Performance seconds of beat position <paramref name="beat"/> (see the remarks of <see cref="StrongAlignment"/>).</summary>
    /// <param name="beatSeconds">Seconds of beats 0, 1, …, n − 1 (n ≥ 2).</param>
    /// <param name="beat">Fractional beat index ≥ 0.</param>
    public static double Seconds(IReadOnlyList<double> beatSeconds, double beat)
    {
        ArgumentNullException.ThrowIfNull(beatSeconds);
        int i = Math.Clamp((int)Math.Floor(beat), 0, beatSeconds.Count - 2);
        return beatSeconds[i] + (beat - i) * (beatSeconds[i + 1] - beatSeconds[i]);
    }
}
