using Leitmotif.Core.Corpus;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class ExcerptOccurrencesTests : IDisposable
{
    // 4/4 at 120 qpm, eight bars: a beat every 0.5 s, bars start at beats 0, 4, …, 28; beat 32 ends the last bar.
    private static readonly BeatAnnotations Beats = BeatAnnotations.Parse("score.txt",
        Enumerable.Range(0, 33).Select(i => FormattableString.Invariant($"{i * 0.5}\t{i * 0.5}\t{(i % 4 == 0 ? "db" : "b")}")));

    // The performance starts at 2 s and plays a beat every 0.75 s.
    private static readonly BeatTimeMap Map = new(Beats.Seconds, Enumerable.Range(0, 33).Select(i => 2 + 0.75 * i).ToList());

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ARepeatedPassageOccursAtBothPlacesWhateverTheAccompaniment()
    {
        var notes = ReadScore();
        var theme = Excerpt(notes, startBeat: 0);

        var starts = ExcerptOccurrences.Find(notes, Map, theme, performanceSecondsLimit: 100);

        // Bars 1–2 come back as bars 4–5 over another bass; bars 7–8 have the same pitches in another rhythm.
        Assert.Equal([0, 12], starts);
        Assert.Equal([(2.0, 8.0), (11.0, 17.0)], starts.Select(b => (Map.PerformanceSeconds(b), Map.PerformanceSeconds(b + 8))));
    }

    [Fact]
    public void AnOccurrenceEndingAfterTheRenderedPartIsLeftOut()
    {
        var notes = ReadScore();

        // The repeat ends at 17 s in the performance.
        var starts = ExcerptOccurrences.Find(notes, Map, Excerpt(notes, startBeat: 0), performanceSecondsLimit: 16.9);

        Assert.Equal([0], starts);
    }

    [Fact]
    public void APassageHeardOnceOccursOnlyWhereItWasCut()
    {
        var notes = ReadScore();

        Assert.Equal([8], ExcerptOccurrences.Find(notes, Map, Excerpt(notes, startBeat: 8), performanceSecondsLimit: 100));
    }

    [Fact]
    public void ASubjectEnteringInALowerVoiceAnOctaveDownOccursThereButNotAFifthDown()
    {
        (double, double, int)[] subject = [(0, 1, 72), (1, 0.5, 74), (1.5, 0.5, 76), (2, 2, 77), (4, 4, 79)];
        var path = _folder.File("fugue.mid");
        ScoreMidi.Write(path, [
            .. subject,                                                  // bars 1–2: the subject alone
            .. Shift(subject, 8, -12), (8, 2, 79), (10, 2, 81), (12, 4, 84), // bars 3–4: an octave down, under a counter-melody
            .. Shift(subject, 16, -7), (16, 4, 79), (20, 4, 84),         // bars 5–6: the answer, a fifth down
            .. Shift(subject, 24, -12)]);                                // bars 7–8: an octave down, notes cut short
        var notes = MidiThemeReader.ReadNotes(path).Notes;
        var shortened = notes.Select(n => n.OnsetSeconds >= 12 ? n with { DurationSeconds = n.DurationSeconds / 2 } : n).ToList();

        Assert.Equal([0, 8], ExcerptOccurrences.Find(shortened, Map, Excerpt(shortened, startBeat: 0), performanceSecondsLimit: 100));
    }

    private static ScoreExcerpt Excerpt(List<Note> notes, int startBeat) =>
        ScoreExcerpts.Find(notes, Beats.Downbeats, Map, new ExcerptOptions(MinBars: 2, MaxBars: 2, MinNotes: 1), 100)
            .Single(e => e.StartBeat == startBeat);

    private List<Note> ReadScore()
    {
        (double, double, int)[] a = [(0, 1, 72), (1, 1, 74), (2, 2, 76)];
        (double, double, int)[] b = [(4, 1.5, 77), (5.5, 0.5, 76), (6, 2, 74)];
        (double, double, int)[] bOtherRhythm = [(4, 1, 77), (5, 1, 76), (6, 2, 74)];
        (double, double, int)[] c = [(8, 2, 79), (10, 2, 81)];
        var path = _folder.File("score.mid");
        ScoreMidi.Write(path, [
            .. a, .. b, (0, 8, 48),                                      // bars 1–2 over a held C3
            .. c, (8, 4, 43),                                            // bar 3: another passage
            .. Shift(a, 12), .. Shift(b, 12), (12, 4, 53), (16, 4, 55),  // bars 4–5: the repeat over another bass
            (20, 4, 84),                                                 // bar 6
            .. Shift(a, 24), .. Shift(bOtherRhythm, 24)]);               // bars 7–8: same pitches, another rhythm
        return MidiThemeReader.ReadNotes(path).Notes;
    }

    private static IEnumerable<(double, double, int)> Shift((double Onset, double Duration, int Pitch)[] notes, double beats, int semitones = 0) =>
        notes.Select(n => (n.Onset + beats, n.Duration, n.Pitch + semitones));
}
