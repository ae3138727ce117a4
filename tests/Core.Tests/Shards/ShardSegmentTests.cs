using Leitmotif.Core.Features;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Shards;

public class ShardSegmentTests
{
    [Fact]
    public void CreateConcatenatesTheRecordingsFramesInTheOrderGiven()
    {
        var first = new FeatureMatrix([1, 2, 3, 4], 2, 10);
        var second = new FeatureMatrix([5, 6], 2, 10);
        var third = new FeatureMatrix([7, 8, 9, 10, 11, 12], 2, 10);

        var segment = ShardSegment.Create("cens", [("r1", "k1", first), ("r2", "k2", second), ("r3", "k3", third)]);

        Assert.Equal([1f, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], segment.Data);
        Assert.Equal([new SegmentEntry("r1", "k1", 2), new SegmentEntry("r2", "k2", 1), new SegmentEntry("r3", "k3", 3)], segment.Entries);
        Assert.Equal("cens", segment.FeatureKind);
        Assert.Equal(2, segment.Dimensions);
        Assert.Equal(10, segment.FeatureRate);
    }

    [Fact]
    public void FeaturesOfReturnsEachRecordingsOwnFrames()
    {
        var recordings = new[] { RandomFeatures.Create(7, seed: 1), RandomFeatures.Create(1, seed: 2), RandomFeatures.Create(0, seed: 3), RandomFeatures.Create(4, seed: 4) };
        var segment = ShardSegment.Create("cqt", recordings.Select((f, i) => ($"r{i}", $"k{i}", f)).ToList());

        for (int i = 0; i < recordings.Length; i++)
        {
            var features = segment.FeaturesOf(i);
            Assert.Equal(recordings[i].Data, features.Data);
            Assert.Equal(12, features.Dimensions);
            Assert.Equal(5.0, features.FeatureRate);
        }
    }

    [Fact]
    public void FeaturesOfReturnsACopyThatLeavesTheSegmentUnchanged()
    {
        var segment = ShardSegment.Create("cens", [("r1", "k1", new FeatureMatrix([1, 2], 1, 10))]);

        segment.FeaturesOf(0).Data[0] = 99;

        Assert.Equal([1f, 2], segment.Data);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void FeaturesOfAnEntryThatIsNotThereIsRejected(int entryIndex)
    {
        var segment = ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1)), ("r2", "k2", RandomFeatures.Create(3, seed: 2))]);

        Assert.Throws<ArgumentOutOfRangeException>(() => segment.FeaturesOf(entryIndex));
    }

    [Fact]
    public void CreateRejectsRecordingsOfDifferentDimensions()
    {
        var e = Assert.Throws<ArgumentException>(() => ShardSegment.Create("cens",
            [("r1", "k", new FeatureMatrix(3, 12, 5)), ("r2", "k", new FeatureMatrix(3, 6, 5))]));
        Assert.Contains("r2 has dimensions=6 but r1 has 12", e.Message);
    }

    [Fact]
    public void CreateRejectsRecordingsOfDifferentFeatureRates()
    {
        var e = Assert.Throws<ArgumentException>(() => ShardSegment.Create("cens",
            [("r1", "k", new FeatureMatrix(3, 12, 5)), ("r2", "k", new FeatureMatrix(3, 12, 10))]));
        Assert.Contains("r2 has featureRate=10 but r1 has 5", e.Message);
    }

    [Fact]
    public void CreateRejectsAnEmptyList()
    {
        Assert.Throws<ArgumentException>(() => ShardSegment.Create("cens", []));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void TheConstructorRejectsDataThatDoesNotHoldTheEntriesFrames(int values)
    {
        SegmentEntry[] entries = [new("r1", "k", 2), new("r2", "k", 2)];

        var e = Assert.Throws<ArgumentException>(() => new ShardSegment("cens", 3, 10, entries, new float[values]));
        Assert.Contains($"data length {values} differs from frames=4 × dimensions=3", e.Message);
    }

    [Fact]
    public void TheConstructorRejectsANegativeFrameCount()
    {
        Assert.Throws<ArgumentException>(() => new ShardSegment("cens", 1, 10, [new("r1", "k", 3), new("r2", "k", -1)], new float[2]));
    }
}
