namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>Where a block lies in a table file: its byte offset and its size, not counting the 5-byte trailer.</summary>
/// <param name="Offset">Byte offset of the block's first byte in the file.</param>
/// <param name="Size">Bytes of block contents; the compression-type byte and the masked CRC follow them.</param>
/// <remarks>LevelDB <c>doc/table_format.md</c> and <c>table/format.h</c>: a handle is two varint64s.</remarks>
internal readonly record struct BlockHandle(long Offset, long Size)
{
    /// <summary>Reads a handle at <paramref name="position"/> and advances past it.</summary>
    /// <exception cref="InvalidDataException">Malformed varints, or values too large to be file positions.</exception>
    public static BlockHandle Read(ReadOnlySpan<byte> buffer, ref int position)
    {
        ulong offset = Varint.Read(buffer, ref position);
        ulong size = Varint.Read(buffer, ref position);
        if (offset > long.MaxValue || size > long.MaxValue)
            throw new InvalidDataException($"block handle ({offset}, {size}) is out of range");
        return new BlockHandle((long)offset, (long)size);
    }
}
