using Leitmotif.Core.Audio;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Shards;

public class GoneRecordingsTests
{
    [Fact]
    public void OnlyRecordingsWhoseSourceSaysTheyAreGoneAreFoundAndOnesThatCannotBeCheckedAreReported()
    {
        using var folder = new TemporaryFolder();
        var kept = folder.File("kept.wav", "x");
        var gone = folder.File("gone.wav");
        const string unreadable = "az://music/a.wav"; // no Blob Storage source in a local-only silo

        var (found, failures) = GoneRecordings.Find([kept, gone, unreadable], RecordingLocations.LocalOnly, maxThreads: 2);

        Assert.Equal([1], found);
        var failure = Assert.Single(failures);
        Assert.Equal(unreadable, failure.Location);
        Assert.StartsWith($"{unreadable}: no recording source reads this URI", failure.Reason);
    }
}
