using Leitmotif.Core.Demo;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Cuts a score into excerpts of whole bars starting at downbeats and takes each excerpt's melody as the highest note at
/// each onset (<see cref="Monophony.Skyline"/> over the notes starting inside the excerpt, cut at its end).
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4 (weakly aligned score excerpts); skyline: Uitdenbogerd &amp; Zobel 1998.</remarks>
public static class ScoreExcerpts
{
    /// <summary>Notes this close (seconds) to a window boundary count as on it, so rounding in the MIDI file does not move them out.</summary>
    private const double Epsilon = 1e-6;

    /// <summary>Every excerpt of <see cref="ExcerptOptions.MinBars"/> to <see cref="ExcerptOptions.MaxBars"/> bars whose melody
    /// has <see cref="ExcerptOptions.MinNotes"/> to <see cref="ExcerptOptions.MaxNotes"/> notes and that ends in the
    /// performance by <paramref name="performanceSecondsLimit"/>.</summary>
    /// <param name="scoreNotes">All notes of the score MIDI file, in seconds of that file, any order, overlapping.</param>
    /// <param name="downbeats">Indices of the annotated downbeats, ascending; a bar runs from one to the next.</param>
    /// <param name="map">Beat positions ↔ score and performance seconds.</param>
    /// <param name="options">Bar and note bounds.</param>
    /// <param name="performanceSecondsLimit">Latest end in performance seconds (the rendered length).</param>
    /// <returns>The excerpts ordered by start beat, then by length.</returns>
    public static IReadOnlyList<ScoreExcerpt> Find(
        IReadOnlyList<Note> scoreNotes, IReadOnlyList<int> downbeats, BeatTimeMap map, ExcerptOptions options, double performanceSecondsLimit)
    {
        ArgumentNullException.ThrowIfNull(scoreNotes);
        ArgumentNullException.ThrowIfNull(downbeats);
        ArgumentNullException.ThrowIfNull(map);
        options.Validate();
        var sorted = scoreNotes.OrderBy(n => n.OnsetSeconds).ToList();
        var excerpts = new List<ScoreExcerpt>();
        for (int i = 0; i < downbeats.Count; i++)
        {
            for (int bars = options.MinBars; bars <= options.MaxBars && i + bars < downbeats.Count; bars++)
            {
                int start = downbeats[i], end = downbeats[i + bars];
                if (map.PerformanceSeconds(end) > performanceSecondsLimit) break;
                var notes = Melody(sorted, start, end, map);
                if (notes.Count >= options.MinNotes && notes.Count <= options.MaxNotes) excerpts.Add(new ScoreExcerpt(start, end, bars, notes));
            }
        }

        return excerpts;
    }

    /// <summary>
    /// Picks up to <paramref name="count"/> non-overlapping excerpts spread over the candidates: the candidates are cut into
    /// <paramref name="count"/> consecutive groups and one is drawn at random from each group among those overlapping no
    /// earlier pick.
    /// </summary>
    /// <param name="candidates">Excerpts ordered by start beat.</param>
    /// <param name="count">How many to pick, at least 1.</param>
    /// <param name="random">The seeded source of the draws.</param>
    /// <returns>The picks ordered by start beat; fewer than <paramref name="count"/> where the candidates do not allow more.</returns>
    public static IReadOnlyList<ScoreExcerpt> Spread(IReadOnlyList<ScoreExcerpt> candidates, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var picks = new List<ScoreExcerpt>();
        for (int g = 0; g < count; g++)
        {
            var group = candidates
                .Skip(g * candidates.Count / count)
                .Take((g + 1) * candidates.Count / count - g * candidates.Count / count)
                .Where(c => !picks.Any(c.Overlaps))
                .ToList();
            if (group.Count > 0) picks.Add(group[random.Next(group.Count)]);
        }

        return picks;
    }

    /// <summary>The melody of the window from <paramref name="startBeat"/> to <paramref name="endBeat"/>: the skyline of the
    /// notes starting inside it, cut at its end, in annotated beats from <paramref name="startBeat"/>.</summary>
    /// <param name="sorted">The score's notes in onset order, seconds of the score MIDI file.</param>
    internal static List<BeatNote> Melody(List<Note> sorted, int startBeat, int endBeat, BeatTimeMap map) =>
        InBeats(Monophony.Skyline(NotesIn(sorted, startBeat, endBeat, map)).Notes, startBeat, map);

    /// <summary>Every note starting inside the window from <paramref name="startBeat"/> to <paramref name="endBeat"/>, all
    /// voices, cut at its end, in annotated beats from <paramref name="startBeat"/>.</summary>
    /// <param name="sorted">The score's notes in onset order, seconds of the score MIDI file.</param>
    internal static List<BeatNote> AllVoices(List<Note> sorted, int startBeat, int endBeat, BeatTimeMap map) =>
        InBeats(NotesIn(sorted, startBeat, endBeat, map), startBeat, map);

    private static List<Note> NotesIn(List<Note> sorted, int startBeat, int endBeat, BeatTimeMap map)
    {
        double from = map.ScoreSeconds(startBeat), to = map.ScoreSeconds(endBeat);
        int first = LowerBound(sorted, from - Epsilon);
        var inside = new List<Note>();
        for (int k = first; k < sorted.Count && sorted[k].OnsetSeconds < to - Epsilon; k++)
        {
            var note = sorted[k];
            double onset = Math.Max(note.OnsetSeconds, from);
            inside.Add(new Note(onset, Math.Min(note.OnsetSeconds + note.DurationSeconds, to) - onset, note.Pitch));
        }

        return inside;
    }

    private static List<BeatNote> InBeats(IEnumerable<Note> notes, int startBeat, BeatTimeMap map) =>
        notes
            .Where(n => n.DurationSeconds > 0)
            .Select(n =>
            {
                double onset = map.ScoreBeat(n.OnsetSeconds);
                return new BeatNote(onset - startBeat, map.ScoreBeat(n.OnsetSeconds + n.DurationSeconds) - onset, n.Pitch);
            })
            .ToList();

    private static int LowerBound(List<Note> sorted, double seconds)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid].OnsetSeconds < seconds) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
