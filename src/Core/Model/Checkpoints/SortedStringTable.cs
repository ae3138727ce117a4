using System.Buffers.Binary;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// Reads every key/value pair of a LevelDB-format sorted string table held in memory: the 48-byte footer (metaindex and
/// index block handles, zero padding, magic), the index block whose values are handles of the data blocks, and the data
/// blocks. Each block is followed by a compression-type byte and the masked CRC-32C of contents plus that byte.
/// </summary>
/// <remarks>
/// LevelDB <c>doc/table_format.md</c>, <c>table/format.cc</c>. TensorFlow writes checkpoint indexes with its copy of this code
/// (<c>tsl/lib/io/table_builder.cc</c>), same magic. Only uncompressed blocks are read: TensorFlow's checkpoint writer
/// does not compress (<c>tensor_bundle.cc</c> sets <c>kNoCompression</c>).
/// </remarks>
internal static class SortedStringTable
{
    /// <summary>Footer size: two handles padded to 40 bytes, then the 8-byte magic.</summary>
    public const int FooterLength = 48;

    /// <summary>The table magic number, stored little-endian in the last 8 bytes.</summary>
    public const ulong Magic = 0xdb4775248b80fb57UL;

    private const int TrailerLength = 5;
    private const byte NoCompression = 0;
    private const byte SnappyCompression = 1;

    /// <summary>All entries of the table, in key order.</summary>
    /// <param name="file">The whole table file.</param>
    /// <exception cref="InvalidDataException">Bad magic, a block outside the file, a checksum mismatch, or a compressed block.</exception>
    public static List<KeyValuePair<byte[], byte[]>> ReadAll(ReadOnlySpan<byte> file)
    {
        if (file.Length < FooterLength)
            throw new InvalidDataException($"{file.Length} bytes is shorter than the {FooterLength}-byte table footer (truncated?)");
        var footer = file[^FooterLength..];
        if (BinaryPrimitives.ReadUInt64LittleEndian(footer[^sizeof(ulong)..]) != Magic)
            throw new InvalidDataException("bad table magic: not a TensorFlow/LevelDB table, or truncated");
        int position = 0;
        BlockHandle.Read(footer, ref position); // metaindex: TensorFlow writes it empty, and nothing here needs it
        var indexHandle = BlockHandle.Read(footer, ref position);

        var entries = new List<KeyValuePair<byte[], byte[]>>();
        foreach (var (_, handleBytes) in TableBlock.ReadEntries(ReadBlock(file, indexHandle)))
        {
            int handlePosition = 0;
            var dataHandle = BlockHandle.Read(handleBytes, ref handlePosition);
            entries.AddRange(TableBlock.ReadEntries(ReadBlock(file, dataHandle)));
        }
        return entries;
    }

    private static ReadOnlySpan<byte> ReadBlock(ReadOnlySpan<byte> file, BlockHandle handle)
    {
        if (handle.Offset > file.Length || handle.Size > file.Length
            || handle.Offset + handle.Size + TrailerLength > file.Length - FooterLength)
            throw new InvalidDataException($"block at byte {handle.Offset} ({handle.Size} bytes) runs past the end of the file (truncated?)");
        var contents = file.Slice((int)handle.Offset, (int)handle.Size);
        byte compression = file[(int)(handle.Offset + handle.Size)];
        uint storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(file[(int)(handle.Offset + handle.Size + 1)..]);
        uint actualCrc = Crc32C.Compute(file.Slice((int)handle.Offset, (int)handle.Size + 1));
        if (Crc32C.Unmask(storedCrc) != actualCrc)
            throw new InvalidDataException($"block at byte {handle.Offset}: crc32c mismatch (file corrupt)");
        return compression switch
        {
            NoCompression => contents,
            SnappyCompression => throw new InvalidDataException($"block at byte {handle.Offset} is snappy-compressed, which this reader does not support"),
            _ => throw new InvalidDataException($"block at byte {handle.Offset} has unknown compression type {compression}"),
        };
    }
}
