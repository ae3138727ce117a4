using Leitmotif.Core.Evaluation;

namespace Leitmotif.Core.Tests.Evaluation;

public class RankedRecordingsTests
{
    private static RankedRecording Ranked(string name, string? location = null) => new(name, 0, 0, 1, Location: location);

    private static readonly RankedRecordings TwoOdes = new([
        Ranked("ode.wav", "/m/coll/ode.wav"),
        Ranked("other/ode.wav", "/m/coll2/other/ode.wav"),
        Ranked("hymn.wav", "/m/coll/hymn.wav"),
        Ranked("ode.wav", "/m/coll/ode.wav"), // the same recording in another theme's ranking
    ]);

    [Fact]
    public void ATruthRecordingNamesTheRankedRecordingOfThatRelativePath()
    {
        Assert.Equal(("other/ode.wav", "/m/coll2/other/ode.wav"), TwoOdes.Resolve("other/ode.wav"));
        Assert.Equal(("ode.wav", "/m/coll/ode.wav"), TwoOdes.Resolve("ode.wav"));
    }

    [Fact]
    public void AFileNameNamesTheOneRankedRecordingOfThatFileName() =>
        Assert.Equal(("hymn.wav", "/m/coll/hymn.wav"), TwoOdes.Resolve("old-folder/hymn.wav"));

    [Fact]
    public void ALocationNamesTheRecordingThere() =>
        Assert.Equal(("other/ode.wav", "/m/coll2/other/ode.wav"), TwoOdes.Resolve("/m/coll2/other/ode.wav"));

    [Fact]
    public void ARecordingNotRankedIsNamedByNone() => Assert.Null(TwoOdes.Resolve("march.wav"));

    [Fact]
    public void AFileNameOfSeveralRankedRecordingsIsAnErrorNamingThem()
    {
        var e = Assert.Throws<InputException>(() => TwoOdes.Resolve("x/ode.wav"));

        Assert.Equal("truth recording 'x/ode.wav'", e.Input);
        Assert.Equal("names 2 ranked recordings: ode.wav at /m/coll/ode.wav, other/ode.wav at /m/coll2/other/ode.wav; " +
                     "name one by its path below its root or by its location", e.Reason);
    }

    [Fact]
    public void ANameOfRecordingsUnderTwoRootsIsAnErrorUnlessGivenByLocation()
    {
        var recordings = new RankedRecordings([Ranked("ode.wav", "/a/ode.wav"), Ranked("ode.wav", "/b/ode.wav")]);

        Assert.Contains("names 2 ranked recordings", Assert.Throws<InputException>(() => recordings.Resolve("ode.wav")).Reason);
        Assert.Equal(("ode.wav", "/b/ode.wav"), recordings.Resolve("/b/ode.wav"));
    }

    [Fact]
    public void ResultsWithoutLocationsMatchByNameAsBefore() =>
        Assert.Equal(("ode.wav", (string?)null), new RankedRecordings([Ranked("ode.wav")]).Resolve("ode.wav"));
}
