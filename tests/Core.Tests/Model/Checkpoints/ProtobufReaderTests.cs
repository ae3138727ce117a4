using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class ProtobufReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x00 }, 0UL)]
    [InlineData(new byte[] { 0x01 }, 1UL)]
    [InlineData(new byte[] { 0x96, 0x01 }, 150UL)] // protobuf encoding guide's example
    [InlineData(new byte[] { 0xAC, 0x02 }, 300UL)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, ulong.MaxValue)]
    public void VarintKnownAnswers(byte[] bytes, ulong expected)
    {
        int position = 0;
        Assert.Equal(expected, Varint.Read(bytes, ref position));
        Assert.Equal(bytes.Length, position);
    }

    [Theory]
    [InlineData(new byte[] { 0x96 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    public void MalformedVarintThrows(byte[] bytes)
    {
        int position = 0;
        Assert.Throws<InvalidDataException>(() => Varint.Read(bytes, ref position));
    }

    [Fact]
    public void ReadsEachWireTypeOfAHandMadeMessage()
    {
        byte[] message =
        [
            0x08, 0x96, 0x01,                               // field 1 varint 150
            0x12, 0x03, (byte)'a', (byte)'b', (byte)'c',    // field 2 length-delimited "abc"
            0x35, 0x78, 0x56, 0x34, 0x12,                   // field 6 fixed32 0x12345678
            0x39, 1, 2, 3, 4, 5, 6, 7, 8,                   // field 7 fixed64
            0x40, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, // field 8 int64 -1
        ];
        var reader = new ProtobufReader(message);
        Assert.Equal((1, WireType.Varint), reader.ReadTag());
        Assert.Equal(150UL, reader.ReadVarint());
        Assert.Equal((2, WireType.LengthDelimited), reader.ReadTag());
        Assert.Equal("abc"u8.ToArray(), reader.ReadLengthDelimited().ToArray());
        Assert.Equal((6, WireType.Fixed32), reader.ReadTag());
        Assert.Equal(0x12345678u, reader.ReadFixed32());
        Assert.Equal((7, WireType.Fixed64), reader.ReadTag());
        Assert.Equal(0x0807060504030201UL, reader.ReadFixed64());
        Assert.Equal((8, WireType.Varint), reader.ReadTag());
        Assert.Equal(-1L, (long)reader.ReadVarint());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void SkipPassesOverEveryWireType()
    {
        byte[] message = [0x08, 0x96, 0x01, 0x12, 0x02, 9, 9, 0x1D, 1, 2, 3, 4, 0x21, 1, 2, 3, 4, 5, 6, 7, 8, 0x28, 0x05];
        var reader = new ProtobufReader(message);
        for (int skipped = 0; skipped < 4; skipped++) reader.Skip(reader.ReadTag().Type);
        Assert.Equal((5, WireType.Varint), reader.ReadTag());
        Assert.Equal(5UL, reader.ReadVarint());
        Assert.True(reader.AtEnd);
    }

    [Theory]
    [InlineData(new byte[] { 0x12, 0x05, 1, 2 })]   // length 5, only 2 bytes left
    [InlineData(new byte[] { 0x1D, 1, 2 })]         // fixed32 cut short
    [InlineData(new byte[] { 0x0B })]               // wire type 3 (group start)
    [InlineData(new byte[] { 0x00 })]               // field number 0
    public void MalformedMessagesThrow(byte[] message)
    {
        Assert.Throws<InvalidDataException>(() =>
        {
            var reader = new ProtobufReader(message);
            reader.Skip(reader.ReadTag().Type);
        });
    }
}
