using Leitmotif.Core.Demo;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Finds every place where a score excerpt occurs in its score: the windows of the same length in beats, starting at any
/// annotated beat, where some voice plays the excerpt's melody (the skyline <see cref="ScoreExcerpts"/> takes) — each of
/// its notes, all moved by one whole number of octaves, starting at the same onset relative to the window's start and
/// sounding at least as long. ASAP score MIDI files have their repeats written out, so a repeat or a literal recapitulation
/// is such a window, and so is a fugue subject entering in a lower voice at the same pitch classes.
/// </summary>
/// <remarks>Every occurrence belongs in the truth, or a match on a repeat is scored as mislocalised (issue 12, §1). Any
/// voice and any octave, because chroma features cannot tell voices or octaves apart; "at least as long", because the
/// skyline shortens a note where a higher one starts.</remarks>
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
            if (PlayedInSomeVoice(excerpt.Notes, ScoreExcerpts.AllVoices(sorted, start, start + length, map))) starts.Add(start);
        }

        return starts;
    }

    private static bool PlayedInSomeVoice(IReadOnlyList<BeatNote> melody, List<BeatNote> window) =>
        melody.Count > 0 && window
            .Where(n => SameOnset(n, melody[0]) && (n.Pitch - melody[0].Pitch) % 12 == 0)
            .Select(n => n.Pitch - melody[0].Pitch)
            .Distinct()
            .Any(shift => melody.All(m => window.Any(n =>
                n.Pitch == m.Pitch + shift && SameOnset(n, m) && n.Duration >= m.Duration - ToleranceBeats)));

    private static bool SameOnset(BeatNote a, BeatNote b) => Math.Abs(a.Onset - b.Onset) <= ToleranceBeats;
}
