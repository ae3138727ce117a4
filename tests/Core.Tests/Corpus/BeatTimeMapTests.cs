using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class BeatTimeMapTests
{
    // Score at 120 qpm: a beat every 0.5 s. Performance: 60 qpm for the first three beats, then 120 qpm, starting at 2 s.
    private static readonly BeatTimeMap Map = new([0, 0.5, 1.0, 1.5, 2.0, 2.5], [2, 3, 4, 5, 5.5, 6]);

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(1.5, 3.5)]
    [InlineData(3, 5)]
    [InlineData(3.5, 5.25)]
    [InlineData(5, 6)]
    public void PerformanceSecondsInterpolatesBetweenAnnotatedBeats(double beat, double seconds) =>
        Assert.Equal(seconds, Map.PerformanceSeconds(beat), 12);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.25, 0.5)]
    [InlineData(1.25, 2.5)]
    [InlineData(2.5, 5)]
    public void ScoreBeatIsTheInverseOfScoreSeconds(double scoreSeconds, double beat)
    {
        Assert.Equal(beat, Map.ScoreBeat(scoreSeconds), 12);
        Assert.Equal(scoreSeconds, Map.ScoreSeconds(beat), 12);
    }

    [Fact]
    public void AScoreTimeMapsToThePerformanceThroughItsBeat() =>
        Assert.Equal(5.25, Map.PerformanceSeconds(Map.ScoreBeat(1.75)), 12);

    [Theory]
    [InlineData(0, 3, 0.5)]   // 1.5 score seconds played in 3
    [InlineData(3, 5, 1)]     // 1 in 1
    [InlineData(1, 4, 0.6)]   // 1.5 in 2.5
    [InlineData(3.5, 5, 1)]
    public void TempoRatioIsScoreSecondsOverPerformanceSeconds(double startBeat, double endBeat, double ratio) =>
        Assert.Equal(ratio, Map.TempoRatio(startBeat, endBeat), 12);

    [Fact]
    public void TempoRatioOfAnEmptyStretchIsRejected() =>
        Assert.Throws<ArgumentException>(() => Map.TempoRatio(2, 2));

    [Fact]
    public void ScoreTempiGiveEachBeatItsTempoFromTheStretchsStart()
    {
        // Beats of 0.5 s (120 qpm), then 0.75 s (80 qpm), then 1 s (60 qpm).
        var map = new BeatTimeMap([0, 0.5, 1, 1.75, 2.5, 3.5], [0, 1, 2, 3, 4, 5]);

        var tempi = map.ScoreTempi(1, 5);

        Assert.Equal([0.0, 1, 2, 3], tempi.Select(t => t.Beat));
        Assert.Equal([120, 80, 80, 60], tempi.Select(t => Math.Round(t.Qpm, 9)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 6)]
    public void ScoreTempiOutsideTheAnnotationsAreRejected(int startBeat, int endBeat) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Map.ScoreTempi(startBeat, endBeat));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(5.01)]
    public void BeatsOutsideTheAnnotationsAreRejected(double beat) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Map.PerformanceSeconds(beat));

    [Fact]
    public void DifferentBeatCountsAreRejected() =>
        Assert.Throws<ArgumentException>(() => new BeatTimeMap([0, 1, 2], [0, 1]));

    [Fact]
    public void FromAnnotationsNamesThePerformanceWhenBeatCountsDiffer()
    {
        var score = BeatAnnotations.Parse("score.txt", ["0\t0\tdb,2/4", "0.5\t0.5\tb", "1\t1\tdb"]);
        var performance = BeatAnnotations.Parse("perf.txt", ["0\t0\tdb,2/4", "0.7\t0.7\tb"]);

        var e = Assert.Throws<InputException>(() => BeatTimeMap.FromAnnotations(score, performance));

        Assert.Equal("perf.txt", e.Input);
        Assert.Contains("2 beats, the score 3", e.Reason);
    }
}
