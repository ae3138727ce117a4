using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class BundleEntryTests
{
    [Fact]
    public void ParsesEveryFieldOfAHandMadeEntry()
    {
        byte[] message =
        [
            0x08, 0x01,                                     // 1 dtype DT_FLOAT
            0x12, 0x08, 0x12, 0x02, 0x08, 0x03, 0x12, 0x02, 0x08, 0x2A, // 2 shape: dim {size 3}, dim {size 42}
            0x18, 0x00,                                     // 3 shard_id 0
            0x20, 0x80, 0x6C,                               // 4 offset 13824
            0x28, 0xF8, 0x03,                               // 5 size 504
            0x35, 0x78, 0x56, 0x34, 0x12,                   // 6 crc32c 0x12345678
            0x50, 0x07,                                     // 10: unknown field, skipped
        ];

        var entry = BundleEntry.Parse(message);

        Assert.Equal(BundleEntry.FloatDataType, entry.DataType);
        Assert.Equal([3L, 42L], entry.Shape);
        Assert.Equal(126, entry.ElementCount);
        Assert.Equal(0, entry.ShardId);
        Assert.Equal(13824, entry.Offset);
        Assert.Equal(504, entry.Size);
        Assert.Equal(0x12345678u, entry.MaskedCrc32C);
        Assert.False(entry.IsSliced);
    }

    [Fact]
    public void ScalarHasOneElementAndSlicesAreFlagged()
    {
        var entry = BundleEntry.Parse([0x08, 0x09, 0x12, 0x00, 0x3A, 0x00]); // DT_INT64, shape {}, slices {}
        Assert.Empty(entry.Shape);
        Assert.Equal(1, entry.ElementCount);
        Assert.True(entry.IsSliced);
    }

    [Fact]
    public void TruncatedEntryThrows() => Assert.Throws<InvalidDataException>(() => BundleEntry.Parse([0x12, 0x08, 0x12, 0x02]));
}
