using System.Text;
using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class TableBlockTests
{
    [Fact]
    public void ReadsPrefixCompressedKeysFromHandMadeBytes()
    {
        byte[] block =
        [
            0, 5, 1, .. "apple"u8, (byte)'1',   // shared 0, key "apple", value "1"
            4, 1, 1, (byte)'y', (byte)'2',      // shared 4 ("appl") + "y" = "apply", value "2"
            0, 6, 0, .. "banana"u8,             // restart point: whole key "banana", empty value
            3, 1, 2, (byte)'d', (byte)'4', (byte)'5', // "ban" + "d" = "band", value "45"
            0, 0, 0, 0,                         // restart offset 0
            18, 0, 0, 0,                        // restart offset 18 ("banana")
            2, 0, 0, 0,                         // 2 restarts
        ];

        var entries = TableBlock.ReadEntries(block);

        Assert.Equal(["apple", "apply", "banana", "band"], entries.Select(e => Encoding.ASCII.GetString(e.Key)));
        Assert.Equal(["1", "2", "", "45"], entries.Select(e => Encoding.ASCII.GetString(e.Value)));
    }

    [Fact]
    public void BlockWrittenWithRestartsEveryTwoEntriesReadsBack()
    {
        var keys = new[] { "layer/a", "layer/ab", "layer/abc", "layer/b", "other" };
        var written = keys.Select((k, i) => (Encoding.ASCII.GetBytes(k), new[] { (byte)i })).ToList();

        var entries = TableBlock.ReadEntries(CheckpointWriter.Block(written, restartInterval: 2));

        Assert.Equal(keys, entries.Select(e => Encoding.ASCII.GetString(e.Key)));
        Assert.Equal(Enumerable.Range(0, keys.Length).Select(i => (byte)i), entries.Select(e => e.Value.Single()));
    }

    [Theory]
    [InlineData(new byte[] { 1, 0 })]                                   // no room for the restart count
    [InlineData(new byte[] { 5, 0, 0, 0 })]                             // 5 restarts in a 4-byte block
    [InlineData(new byte[] { 2, 1, 0, (byte)'x', 0, 0, 0, 0, 1, 0, 0, 0 })] // shares 2 bytes of an empty previous key
    [InlineData(new byte[] { 0, 9, 0, (byte)'x', 0, 0, 0, 0, 1, 0, 0, 0 })] // key of 9 bytes in a 1-byte remainder
    public void MalformedBlocksThrow(byte[] block) => Assert.Throws<InvalidDataException>(() => TableBlock.ReadEntries(block));
}
