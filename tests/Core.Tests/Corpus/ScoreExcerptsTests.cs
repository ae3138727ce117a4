using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class ScoreExcerptsTests : IDisposable
{
    // 4/4 at 120 qpm with a one-beat pickup: a beat every 0.5 s, bars start at beats 1, 5, 9, 13 and 17.
    private static readonly BeatAnnotations Beats = BeatAnnotations.Parse("score.txt",
        Enumerable.Range(0, 18).Select(i => FormattableString.Invariant($"{i * 0.5}\t{i * 0.5}\t{(i % 4 == 1 ? "db" : "b")}")));

    private static readonly ExcerptOptions Options = new(MinBars: 2, MaxBars: 3, MinNotes: 3, MaxNotes: 20);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FindTakesTheHighestNoteAtEachOnsetInWindowsOfWholeBarsFromDownbeats()
    {
        var excerpts = ScoreExcerpts.Find(ReadScore(), Beats.Downbeats, SameTiming(), Options, performanceSecondsLimit: 100);

        Assert.Equal([(1, 9, 2), (1, 13, 3), (5, 13, 2), (5, 17, 3), (9, 17, 2)], excerpts.Select(e => (e.StartBeat, e.EndBeat, e.Bars)));
        Assert.Equal(
            [new BeatNote(0, 1, 72), new BeatNote(1, 1, 74), new BeatNote(2, 1, 76), new BeatNote(3, 1, 77), new BeatNote(4, 2, 72), new BeatNote(6, 2, 79)],
            Rounded(excerpts[0]));
        // The B5 tied over the bar line is cut at the window's end; the alto note under the A5 is not in the melody.
        Assert.Equal([new BeatNote(0, 2, 72), new BeatNote(2, 2, 79), new BeatNote(4, 1, 81), new BeatNote(5, 3, 83)], Rounded(excerpts[2]));
        Assert.Equal(
            [new BeatNote(0, 2, 72), new BeatNote(2, 2, 79), new BeatNote(4, 1, 81), new BeatNote(5, 4, 83), new BeatNote(9, 1, 84), new BeatNote(10, 2, 86)],
            Rounded(excerpts[3]));
    }

    [Fact]
    public void FindKeepsOnlyExcerptsWithinTheNoteBounds()
    {
        var excerpts = ScoreExcerpts.Find(ReadScore(), Beats.Downbeats, SameTiming(), Options with { MinNotes = 5, MaxNotes = 7 }, 100);

        Assert.Equal([(1, 9), (5, 17)], excerpts.Select(e => (e.StartBeat, e.EndBeat)));
    }

    [Fact]
    public void FindKeepsOnlyExcerptsEndingInTheRenderedPartOfThePerformance()
    {
        // The performance plays at half speed: beat i at i s; 9 s is the end of the second bar.
        var halfSpeed = new BeatTimeMap(Beats.Seconds, Enumerable.Range(0, 18).Select(i => (double)i).ToList());

        var excerpts = ScoreExcerpts.Find(ReadScore(), Beats.Downbeats, halfSpeed, Options, performanceSecondsLimit: 12);

        Assert.Equal([(1, 9)], excerpts.Select(e => (e.StartBeat, e.EndBeat)));
    }

    [Fact]
    public void SpreadPicksNonOverlappingExcerptsFromEachPartInOrder()
    {
        var candidates = Enumerable.Range(0, 30).Select(i => new ScoreExcerpt(i * 2, i * 2 + 6, 3, [new BeatNote(0, 1, 60)])).ToList();

        var picks = ScoreExcerpts.Spread(candidates, 3, new Random(5));

        Assert.Equal(3, picks.Count);
        Assert.Equal(picks.OrderBy(p => p.StartBeat), picks);
        Assert.All(picks.Select((p, i) => (p, i)), x => Assert.InRange(candidates.IndexOf(x.p), x.i * 10, x.i * 10 + 9));
        Assert.False(picks[0].Overlaps(picks[1]) || picks[1].Overlaps(picks[2]));
        Assert.Equal(picks, ScoreExcerpts.Spread(candidates, 3, new Random(5)));
    }

    private static BeatTimeMap SameTiming() => new(Beats.Seconds, Beats.Seconds);

    private static List<BeatNote> Rounded(ScoreExcerpt excerpt) =>
        excerpt.Notes.Select(n => new BeatNote(Math.Round(n.Onset, 6), Math.Round(n.Duration, 6), n.Pitch)).ToList();

    private List<Note> ReadScore()
    {
        var path = _folder.File("score.mid");
        ScoreMidi.Write(path,
            (0, 1, 67),                                              // pickup
            (1, 1, 72), (2, 1, 74), (3, 1, 76), (4, 1, 77), (1, 4, 48), // bar 1: melody over a held bass
            (5, 2, 64), (5, 2, 67), (5, 2, 72), (7, 2, 79), (7, 2, 64), // bar 2: chords
            (9, 1, 81), (9.5, 1, 65), (10, 4, 83),                   // bar 3: alto under the A5, B5 tied into bar 4
            (14, 1, 84), (15, 2, 86));                               // bar 4
        return MidiThemeReader.ReadNotes(path).Notes;
    }
}
