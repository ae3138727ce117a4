using Leitmotif.Core.Audio;
using Leitmotif.Core.Shards;

namespace Leitmotif.Core.Tests.Shards;

public class RecordingChangesTests
{
    private static readonly RecordingStamp Stamp = new(1000, "t1");

    private static StoredRecording Stored(string location, string content, RecordingStamp? stamp = null) =>
        new(RecordingIds.Of("ode.wav", content), location, stamp ?? Stamp, content);

    private static string Unread() => throw new InvalidOperationException("the content was read");

    [Fact]
    public void TheSameLocationWithTheSameSizeAndStampIsUnchangedWithoutReadingTheContent()
    {
        var held = Stored("/m/ode.wav", "c1");

        var decision = RecordingChanges.Classify("ode.wav", "/m/ode.wav", Stamp, Unread, [held]);

        Assert.Equal(new RecordingDecision(RecordingChange.Unchanged, held.RecordingId, "c1", null), decision);
    }

    [Fact]
    public void ATouchedFileWithTheSameContentIsUnchanged()
    {
        var held = Stored("/m/ode.wav", "c1");

        var decision = RecordingChanges.Classify("ode.wav", "/m/ode.wav", Stamp with { Modified = "t2" }, () => "c1", [held]);

        Assert.Equal(new RecordingDecision(RecordingChange.Unchanged, held.RecordingId, "c1", null), decision);
    }

    [Fact]
    public void AFileRewrittenInPlaceIsUpdatedAndReplacesItsOldVersion()
    {
        var held = Stored("/m/ode.wav", "c1");

        var decision = RecordingChanges.Classify("ode.wav", "/m/ode.wav", Stamp with { Size = 999 }, () => "c2", [held]);

        Assert.Equal(new RecordingDecision(RecordingChange.Updated, RecordingIds.Of("ode.wav", "c2"), "c2", held.RecordingId), decision);
    }

    [Fact]
    public void ACollectionFoundUnderANewRootIsUnchanged()
    {
        var held = Stored("/old-mount/coll/ode.wav", "c1");

        var decision = RecordingChanges.Classify("ode.wav", "/new-mount/coll/ode.wav", Stamp with { Modified = "t9" }, () => "c1", [held]);

        Assert.Equal(new RecordingDecision(RecordingChange.Unchanged, held.RecordingId, "c1", null), decision);
    }

    [Fact]
    public void ADifferentRecordingOfAHeldNameElsewhereIsAddedBesideIt()
    {
        var held = Stored("/m/coll/ode.wav", "c1");

        var decision = RecordingChanges.Classify("ode.wav", "/m/coll2/ode.wav", Stamp, () => "c2", [held]);

        Assert.Equal(new RecordingDecision(RecordingChange.Added, RecordingIds.Of("ode.wav", "c2"), "c2", null), decision);
    }

    [Fact]
    public void AFileRewrittenWithTheContentOfAnotherCopyIsUpdatedToThatRecording()
    {
        var here = Stored("/m/coll/ode.wav", "c1");
        var copy = Stored("/m/backup/ode.wav", "c2");

        var decision = RecordingChanges.Classify("ode.wav", "/m/coll/ode.wav", Stamp with { Modified = "t2" }, () => "c2", [here, copy]);

        Assert.Equal(new RecordingDecision(RecordingChange.Updated, copy.RecordingId, "c2", here.RecordingId), decision);
    }
}
