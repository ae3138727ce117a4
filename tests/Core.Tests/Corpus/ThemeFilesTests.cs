using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class ThemeFilesTests : IDisposable
{
    // The score plays beats 0–4 at 120 qpm (0.5 s a beat), then slows to 80 qpm (0.75 s a beat): beat 4 at 2 s, beat 8 at 5 s.
    // The performance plays a beat a second.
    private static readonly BeatTimeMap Map = new([0, 0.5, 1, 1.5, 2, 2.75, 3.5, 4.25, 5], [0, 1, 2, 3, 4, 5, 6, 7, 8]);

    // Two bars of 4/4 with a one-beat rest at the start; the last note crosses the tempo change.
    private static readonly ScoreExcerpt Excerpt = new(0, 8, 2, [new BeatNote(1, 1, 60), new BeatNote(2, 1.5, 62), new BeatNote(3.5, 2.5, 64), new BeatNote(6, 2, 65)]);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheScoreVersionPlacesEveryNoteAtItsScoreTime()
    {
        ThemeFiles.WriteMissing(_folder.Path, "t.mid", Excerpt, Map, performanceQpm: 60, stressFactor: 1.5);

        var theme = MidiThemeReader.Read(Path.Combine(_folder.Path, CorpusBuilder.ScoreThemesFolder, "t.mid"));

        // Score seconds of beats 1, 2, 3.5, 6 and 8 are 0.5, 1, 1.75, 3.5 and 5; the theme starts at its first note.
        AssertNotes([(0, 0.5, 60), (0.5, 0.75, 62), (1.25, 1.75, 64), (3.0, 1.5, 65)], theme);
    }

    [Fact]
    public void TheStressVersionPlaysTheScoreTemposTimesTheFactor()
    {
        ThemeFiles.WriteMissing(_folder.Path, "t.mid", Excerpt, Map, performanceQpm: 60, stressFactor: 2);

        var theme = MidiThemeReader.Read(Path.Combine(_folder.Path, CorpusBuilder.StressThemesFolder, "t.mid"));

        AssertNotes([(0, 0.25, 60), (0.25, 0.375, 62), (0.625, 0.875, 64), (1.5, 0.75, 65)], theme);
    }

    [Fact]
    public void ThePerformanceVersionPlaysTheGivenMeanTempo()
    {
        ThemeFiles.WriteMissing(_folder.Path, "t.mid", Excerpt, Map, performanceQpm: 120, stressFactor: 1.5);

        var theme = MidiThemeReader.Read(Path.Combine(_folder.Path, CorpusBuilder.ThemesFolder, "t.mid"));

        AssertNotes([(0, 0.5, 60), (0.5, 0.75, 62), (1.25, 1.25, 64), (2.5, 1, 65)], theme);
    }

    [Fact]
    public void FinishedFilesAreKept()
    {
        ThemeFiles.WriteMissing(_folder.Path, "t.mid", Excerpt, Map, performanceQpm: 60, stressFactor: 2);
        var paths = ThemeFiles.Folders.Select(f => Path.Combine(_folder.Path, f, "t.mid")).ToList();
        var written = paths.Select(File.ReadAllBytes).ToList();

        ThemeFiles.WriteMissing(_folder.Path, "t.mid", Excerpt, Map, performanceQpm: 90, stressFactor: 0.5);

        Assert.Equal(written, paths.Select(File.ReadAllBytes));
        Assert.Equal(3, written.Distinct(new BytesComparer()).Count());
    }

    private static void AssertNotes((double Onset, double Duration, int Pitch)[] expected, Theme theme)
    {
        Assert.Equal(expected.Select(n => n.Pitch), theme.Notes.Select(n => n.Pitch));
        Assert.All(expected.Zip(theme.Notes), p =>
        {
            Assert.Equal(p.First.Onset, p.Second.OnsetSeconds, 1e-5);
            Assert.Equal(p.First.Duration, p.Second.DurationSeconds, 1e-5);
        });
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
