using Leitmotif.Core.Features;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Shards;

public class ShardCompactionTests
{
    private static ShardSegment Segment(params (string Id, string Key, FeatureMatrix Features)[] recordings) =>
        ShardFeaturesTests.Segment(recordings);

    [Fact]
    public void TheCompactedSegmentAssemblesToTheSameFeaturesAndHoldsOnlyCurrentEntries()
    {
        var segments = new List<ShardSegment>
        {
            Segment(("a", "f1/v", RandomFeatures.Create(4, seed: 1)), ("b", "f1/v", RandomFeatures.Create(6, seed: 2)),
                ("gone", "f1/v", RandomFeatures.Create(3, seed: 3))),
            Segment(("a", "f2/v", RandomFeatures.Create(5, seed: 4)), ("c", "f1/v", RandomFeatures.Create(7, seed: 5))),
            Segment(("b", "f9/v", RandomFeatures.Create(2, seed: 6))), // b's file changed and was indexed again
        };
        var current = new Dictionary<string, string> { ["a"] = "f2/v", ["b"] = "f9/v", ["c"] = "f1/v" }; // "gone" left the shard

        var compacted = ShardCompaction.Compact("cens", segments, current.GetValueOrDefault)!;
        var before = ShardFeatures.Assemble(segments, current.GetValueOrDefault);
        var after = ShardFeatures.Assemble([compacted], current.GetValueOrDefault);

        Assert.Equal([("a", "f2/v"), ("b", "f9/v"), ("c", "f1/v")], compacted.Entries.Select(e => (e.RecordingId, e.SourceKey)));
        Assert.Equal(before.Recordings.Select(r => r.RecordingId), after.Recordings.Select(r => r.RecordingId));
        Assert.All(before.Recordings.Zip(after.Recordings), p => Assert.Equal(p.First.Features.Data, p.Second.Features.Data));
        Assert.Equal((5 + 2 + 7) * 12, compacted.Data.Length);
    }

    [Fact]
    public void NothingCurrentCompactsToNoSegment() =>
        Assert.Null(ShardCompaction.Compact("cens", [Segment(("a", "f1/v", RandomFeatures.Create(4, seed: 1)))], _ => null));
}
