using Leitmotif.Core.Features;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Shards;

public class ShardFeaturesTests
{
    /// <summary>A <c>cens</c> segment of the recordings given.</summary>
    internal static ShardSegment Segment(params (string Id, string Key, FeatureMatrix Features)[] recordings) =>
        ShardSegment.Create("cens", recordings);

    [Fact]
    public void EachRecordingTakesItsFeaturesFromTheNewestSegmentThatHoldsIt()
    {
        var a1 = RandomFeatures.Create(4, seed: 1);
        var b1 = RandomFeatures.Create(6, seed: 2);
        var a2 = RandomFeatures.Create(5, seed: 3);
        var current = new Dictionary<string, string> { ["a"] = "f2/v", ["b"] = "f1/v" };

        var features = ShardFeatures.Assemble([Segment(("a", "f1/v", a1), ("b", "f1/v", b1)), Segment(("a", "f2/v", a2))], current.GetValueOrDefault);

        Assert.Equal(["a", "b"], features.Recordings.Select(r => r.RecordingId));
        Assert.Equal(a2.Data, features.Recordings[0].Features.Data);
        Assert.Equal(b1.Data, features.Recordings[1].Features.Data);
        Assert.Equal((5 + 6) * 12 * sizeof(float), features.Bytes);
    }

    [Fact]
    public void StaleEntriesAndRecordingsNoLongerInTheShardAreLeftOut()
    {
        var segment = Segment(("a", "f1/v1", RandomFeatures.Create(4, seed: 1)), ("b", "f1/v1", RandomFeatures.Create(4, seed: 2)),
            ("c", "f1/v1", RandomFeatures.Create(4, seed: 3)));
        var current = new Dictionary<string, string> { ["a"] = "f1/v1", ["b"] = "f2/v1" }; // b's file changed; c is gone

        var features = ShardFeatures.Assemble([segment], current.GetValueOrDefault);

        Assert.Equal(["a"], features.Recordings.Select(r => r.RecordingId));
    }
}
