using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Leitmotif.Core.Features;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Shards;

public class ShardSegmentFormatTests
{
    private const string Name = "shards/p07g0/cens/000003.lms";

    [Fact]
    public void ASegmentOfSeveralRecordingsReadsBackBitForBit()
    {
        var unusual = new FeatureMatrix(
            [float.NaN, BitConverter.Int32BitsToSingle(0x7FC00123), -0f, float.Epsilon, float.PositiveInfinity, float.NegativeInfinity,
             float.MaxValue, float.MinValue, 1e-40f, -1.5f, 0f, 1f], 12, 5.0);
        var segment = ShardSegment.Create("ctc:model_ä", [
            ("rec-1", "100-42/v3", RandomFeatures.Create(9, seed: 1)),
            ("récording 2", "", RandomFeatures.Create(2, seed: 2)),
            ("rec-3", "7-7/v1", unusual),
            ("rec-4", new string('k', 300), RandomFeatures.Create(0, seed: 4)),
        ]);

        var read = ShardSegmentFormat.Read(ShardSegmentFormat.Write(segment), Name);

        Assert.Equal("ctc:model_ä", read.FeatureKind);
        Assert.Equal(12, read.Dimensions);
        Assert.Equal(5.0, read.FeatureRate);
        Assert.Equal(segment.Entries, read.Entries);
        Assert.Equal(MemoryMarshal.AsBytes(segment.Data.AsSpan()).ToArray(), MemoryMarshal.AsBytes(read.Data.AsSpan()).ToArray());
        for (int i = 0; i < segment.Entries.Count; i++)
            Assert.Equal(segment.FeaturesOf(i).Data.Select(BitConverter.SingleToInt32Bits), read.FeaturesOf(i).Data.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void TheBytesFollowTheDocumentedLayout()
    {
        var segment = new ShardSegment("cens", 2, 10.0, [new SegmentEntry("r", "k", 1)], [1f, 2f]);

        byte[] expected =
        [
            (byte)'L', (byte)'M', (byte)'S', (byte)'1',
            4, (byte)'c', (byte)'e', (byte)'n', (byte)'s',
            2, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0x24, 0x40,
            1, 0, 0, 0,
            1, (byte)'r', 1, (byte)'k', 1, 0, 0, 0,
            0, 0, 0x80, 0x3F, 0, 0, 0, 0x40,
        ];
        Assert.Equal(expected, ShardSegmentFormat.Write(segment));
    }

    [Fact]
    public void EveryTruncationIsReportedAsTruncatedWithTheObjectsName()
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1)), ("r2", "k2", RandomFeatures.Create(1, seed: 2))]));

        for (int length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read(bytes.AsSpan(0, length), Name));
            Assert.Equal($"{Name}: truncated", e.Message);
        }
    }

    [Fact]
    public void BytesWithAnotherMagicAreNotASegment()
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1))]));
        bytes[3] = (byte)'F';

        var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read(bytes, Name));
        Assert.Equal($"{Name}: not a shard segment (bad magic)", e.Message);
    }

    [Fact]
    public void BytesAfterTheDataAreRejected()
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1))]));

        var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read([.. bytes, 0, 0, 0, 0], Name));
        Assert.Equal($"{Name}: 4 bytes after the data", e.Message);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public void AnEntryCountTheBytesCannotHoldIsRejectedBeforeAllocating(int entryCount)
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1))]));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(EntryCountOffset), entryCount);

        var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read(bytes, Name));
        Assert.StartsWith($"{Name}: ", e.Message);
    }

    [Theory]
    [InlineData(int.MaxValue, "truncated")]
    [InlineData(3, "truncated")]
    [InlineData(1, "48 bytes after the data")]
    [InlineData(-2, "entry 0 has frames=-2")]
    public void AFrameCountThatDisagreesWithTheDataIsRejected(int frames, string reason)
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1))]));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(EntryCountOffset + 4 + 3 + 3), frames);

        var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read(bytes, Name));
        Assert.Equal($"{Name}: {reason}", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void NonPositiveDimensionsAreRejected(int dimensions)
    {
        var bytes = ShardSegmentFormat.Write(ShardSegment.Create("cens", [("r1", "k1", RandomFeatures.Create(2, seed: 1))]));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(DimensionsOffset), dimensions);

        var e = Assert.Throws<InvalidDataException>(() => ShardSegmentFormat.Read(bytes, Name));
        Assert.Equal($"{Name}: dimensions={dimensions}", e.Message);
    }

    // Magic, then the kind "cens" with its one length byte.
    private const int DimensionsOffset = 4 + 1 + 4;
    private const int EntryCountOffset = DimensionsOffset + 4 + 8;
}
