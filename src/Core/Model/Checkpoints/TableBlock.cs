using System.Buffers.Binary;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// The key/value entries of one uncompressed table block. Each entry is <c>shared</c>, <c>non_shared</c> and
/// <c>value_length</c> as varint32s, then the key bytes after the first <c>shared</c> bytes of the previous key, then the
/// value. The block ends with an array of uint32 restart offsets (entries whose key is stored whole) and their count.
/// </summary>
/// <remarks>LevelDB <c>doc/table_format.md</c> and <c>table/block_builder.cc</c>; TensorFlow's copy is <c>tsl/lib/io/block.cc</c>.</remarks>
internal static class TableBlock
{
    /// <summary>All entries of <paramref name="block"/> in stored (sorted) order.</summary>
    /// <param name="block">Block contents without the 5-byte trailer.</param>
    /// <exception cref="InvalidDataException">The restart array or an entry does not fit the block.</exception>
    public static List<KeyValuePair<byte[], byte[]>> ReadEntries(ReadOnlySpan<byte> block)
    {
        if (block.Length < sizeof(uint)) throw new InvalidDataException($"block of {block.Length} bytes has no restart count");
        uint restarts = BinaryPrimitives.ReadUInt32LittleEndian(block[^sizeof(uint)..]);
        long entriesEnd = block.Length - sizeof(uint) - (long)restarts * sizeof(uint);
        if (restarts == 0 || entriesEnd < 0)
            throw new InvalidDataException($"block of {block.Length} bytes cannot hold {restarts} restart points");

        var entries = new List<KeyValuePair<byte[], byte[]>>();
        var entryBytes = block[..(int)entriesEnd];
        byte[] key = [];
        int position = 0;
        while (position < entryBytes.Length)
        {
            int start = position;
            int shared = Varint.ReadLength(entryBytes, ref position);
            int nonShared = Varint.ReadLength(entryBytes, ref position);
            int valueLength = Varint.ReadLength(entryBytes, ref position);
            if (shared > key.Length || (long)nonShared + valueLength > entryBytes.Length - position)
                throw new InvalidDataException($"block entry at byte {start} does not fit the block (shared {shared}, key {nonShared}, value {valueLength})");
            byte[] next = new byte[shared + nonShared];
            key.AsSpan(0, shared).CopyTo(next);
            entryBytes.Slice(position, nonShared).CopyTo(next.AsSpan(shared));
            position += nonShared;
            entries.Add(new(next, entryBytes.Slice(position, valueLength).ToArray()));
            position += valueLength;
            key = next;
        }
        return entries;
    }
}
