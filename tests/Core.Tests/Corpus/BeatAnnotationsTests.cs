using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class BeatAnnotationsTests
{
    [Fact]
    public void ParseReadsKindsTimeSignaturesAndKeys()
    {
        var beats = BeatAnnotations.Parse("a.txt", ["0.5\t0.5\tb,,0", "1.0\t1.0\tdb,4/4", "1.5\t1.5\tb", "", "2.0\t2.0\tbR", "2.5\t2.5\tdb,3/4,-2"]);

        Assert.Equal(
            [
                new AnnotatedBeat(0.5, BeatKind.Beat, null, 0),
                new AnnotatedBeat(1.0, BeatKind.Downbeat, "4/4", null),
                new AnnotatedBeat(1.5, BeatKind.Beat, null, null),
                new AnnotatedBeat(2.0, BeatKind.Special, null, null),
                new AnnotatedBeat(2.5, BeatKind.Downbeat, "3/4", -2),
            ],
            beats.Beats);
        Assert.Equal([1, 4], beats.Downbeats);
        Assert.Equal([0.5, 1.0, 1.5, 2.0, 2.5], beats.Seconds);
    }

    [Theory]
    [InlineData("1.0\t1.0\tx", "line 2")]
    [InlineData("1.0 1.0 b", "line 2")]
    [InlineData("1.0\t1.0\tdb,four", "line 2")]
    [InlineData("1.0\t1.0\tb,,9", "line 2")]
    [InlineData("0.2\t0.2\tb", "does not follow")]
    public void ParseRejectsMalformedLinesByNumber(string line, string expected)
    {
        var e = Assert.Throws<InputException>(() => BeatAnnotations.Parse("a.txt", ["0.5\t0.5\tdb,2/4", line]));

        Assert.Equal("a.txt", e.Input);
        Assert.Contains(expected, e.Reason);
    }

    [Fact]
    public void ParseNeedsTwoBeats() =>
        Assert.Throws<InputException>(() => BeatAnnotations.Parse("a.txt", ["0.5\t0.5\tdb,2/4"]));
}
