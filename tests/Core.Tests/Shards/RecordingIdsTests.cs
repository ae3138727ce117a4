using Leitmotif.Core.Shards;

namespace Leitmotif.Core.Tests.Shards;

public class RecordingIdsTests
{
    [Fact]
    public void AnIdIsItsNamesKeyThenItsContentsAndNeverDependsOnTheLocation()
    {
        var id = RecordingIds.Of("sub/ode.wav", "c1");

        Assert.Equal(32, id.Length);
        Assert.StartsWith(RecordingIds.NameKey("sub/ode.wav"), id);
        Assert.NotEqual(id, RecordingIds.Of("sub/ode.wav", "c2"));
        Assert.NotEqual(id, RecordingIds.Of("other/ode.wav", "c1"));
        Assert.Equal("bc301e2883f9881e", RecordingIds.NameKey("ode.wav")); // SHA-256 of the UTF-8 name, first 8 bytes
    }
}
