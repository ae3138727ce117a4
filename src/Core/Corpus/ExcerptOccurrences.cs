using Leitmotif.Core.Demo;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Finds every place where a score excerpt occurs in its score: the windows of the same length in beats, starting at any
/// annotated beat, whose melody (the skyline <see cref="ScoreExcerpts"/> takes) has the same pitches with the same onsets
/// and durations relative to the window's start. ASAP score MIDI files have their repeats written out, so a repeat or a
/// literal recapitulation is such a window.
/// </summary>
/// <remarks>Every occurrence belongs in the truth, or a match on a repeat is scored as mislocalised (issue 12, §1).</remarks>
public static class ExcerptOccurrences
{
    /// <summary>How far (in beats) onsets and durations may differ between occurrences, for rounding in the score MIDI file.</summary>
    public const double ToleranceBeats = 1e-3;

    /// <summary>The start beats of the excerpt's occurrences that end in the performance by <paramref name="performanceSecondsLimit"/>.</summary>
    /// <param name="scoreNotes">All notes of the score MIDI file, in seconds of that file, any order, overlapping.</param>
    /// <param name="map">Beat positions ↔ score and performance seconds.</param>
    /// <param name="excerpt">The excerpt, as <see cref="ScoreExcerpts.Find"/> cut it from the same notes and map.</param>
    /// <param name="performanceSecondsLimit">Latest end in performance seconds (the rendered length).</param>
    /// <returns>Start beats ascending, the excerpt's own among them; each occurrence spans as many beats as the excerpt.</returns>
    public static IReadOnlyList<int> Find(IReadOnlyList<Note> scoreNotes, BeatTimeMap map, ScoreExcerpt excerpt, double performanceSecondsLimit)
    {
        ArgumentNullException.ThrowIfNull(scoreNotes);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(excerpt);
        var sorted = scoreNotes.OrderBy(n => n.OnsetSeconds).ToList();
        int length = excerpt.EndBeat - excerpt.StartBeat;
        var starts = new List<int>();
        for (int start = 0; start + length < map.BeatCount && map.PerformanceSeconds(start + length) <= performanceSecondsLimit; start++)
        {
            if (SameMelody(ScoreExcerpts.Melody(sorted, start, start + length, map), excerpt.Notes)) starts.Add(start);
        }

        return starts;
    }

    private static bool SameMelody(IReadOnlyList<BeatNote> a, IReadOnlyList<BeatNote> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.Pitch == p.Second.Pitch
            && Math.Abs(p.First.Onset - p.Second.Onset) <= ToleranceBeats
            && Math.Abs(p.First.Duration - p.Second.Duration) <= ToleranceBeats);
}
