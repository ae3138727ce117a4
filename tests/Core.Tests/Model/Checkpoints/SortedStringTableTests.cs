using System.Text;
using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class SortedStringTableTests
{
    private static readonly (byte[] Key, byte[] Value)[] Entries =
        [([], [7]), ("a/kernel"u8.ToArray(), [1, 2]), ("a/kernel2"u8.ToArray(), [3]), ("b"u8.ToArray(), [])];

    [Fact]
    public void ReadsEveryEntryThroughFooterAndIndex()
    {
        var entries = SortedStringTable.ReadAll(CheckpointWriter.Table(Entries));

        Assert.Equal(Entries.Select(e => Encoding.ASCII.GetString(e.Key)), entries.Select(e => Encoding.ASCII.GetString(e.Key)));
        Assert.Equal(Entries.Select(e => e.Value), entries.Select(e => e.Value));
    }

    [Fact]
    public void BadMagicIsReported()
    {
        byte[] table = CheckpointWriter.Table(Entries);
        table[^1] ^= 0xFF;
        Assert.Contains("bad table magic", Assert.Throws<InvalidDataException>(() => SortedStringTable.ReadAll(table)).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void TruncatedTableIsReported(int cut)
    {
        byte[] table = CheckpointWriter.Table(Entries);
        var error = Assert.Throws<InvalidDataException>(() => SortedStringTable.ReadAll(table.AsSpan(0, table.Length - cut)));
        Assert.Contains("bad table magic", error.Message);
    }

    [Fact]
    public void FileShorterThanTheFooterIsReported()
    {
        var error = Assert.Throws<InvalidDataException>(() => SortedStringTable.ReadAll(new byte[10]));
        Assert.Contains("shorter than the 48-byte table footer", error.Message);
    }

    [Fact]
    public void CorruptBlockFailsItsChecksum()
    {
        byte[] table = CheckpointWriter.Table(Entries);
        table[5] ^= 0x01; // inside the first data block
        Assert.Contains("crc32c mismatch", Assert.Throws<InvalidDataException>(() => SortedStringTable.ReadAll(table)).Message);
    }

    [Fact]
    public void SnappyBlockIsRejectedClearly()
    {
        byte[] table = CheckpointWriter.Table(Entries, compression: 1);
        Assert.Contains("snappy", Assert.Throws<InvalidDataException>(() => SortedStringTable.ReadAll(table)).Message);
    }
}
