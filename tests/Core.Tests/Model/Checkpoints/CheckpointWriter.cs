using System.Buffers.Binary;
using System.Text;
using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

/// <summary>
/// Writes small LevelDB tables and TensorFlow tensor bundles by hand, following LevelDB table_format.md and
/// tensor_bundle.proto, so the readers can be tested on known bytes without TensorFlow.
/// </summary>
internal static class CheckpointWriter
{
    public static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80) { bytes.Add((byte)(value | 0x80)); value >>= 7; }
        bytes.Add((byte)value);
        return [.. bytes];
    }

    public static byte[] Tag(int field, WireType type) => Varint((ulong)(field << 3 | (int)type));

    public static byte[] LengthDelimited(int field, byte[] payload) => [.. Tag(field, WireType.LengthDelimited), .. Varint((ulong)payload.Length), .. payload];

    /// <summary>One block: prefix-compressed entries, a restart point every <paramref name="restartInterval"/> entries.</summary>
    public static byte[] Block(IReadOnlyList<(byte[] Key, byte[] Value)> entries, int restartInterval = 16)
    {
        var bytes = new List<byte>();
        var restarts = new List<int>();
        byte[] previous = [];
        for (int n = 0; n < entries.Count; n++)
        {
            var (key, value) = entries[n];
            int shared = 0;
            if (n % restartInterval == 0) restarts.Add(bytes.Count);
            else while (shared < previous.Length && shared < key.Length && previous[shared] == key[shared]) shared++;
            bytes.AddRange([.. Varint((ulong)shared), .. Varint((ulong)(key.Length - shared)), .. Varint((ulong)value.Length)]);
            bytes.AddRange(key[shared..]);
            bytes.AddRange(value);
            previous = key;
        }
        if (restarts.Count == 0) restarts.Add(0);
        foreach (int restart in restarts) bytes.AddRange(LittleEndian((uint)restart));
        bytes.AddRange(LittleEndian((uint)restarts.Count));
        return [.. bytes];
    }

    /// <summary>A whole table: one data block, an empty metaindex block, the index block, the footer.</summary>
    public static byte[] Table(IReadOnlyList<(byte[] Key, byte[] Value)> entries, byte compression = 0)
    {
        var file = new List<byte>();
        byte[] dataHandle = AppendBlock(file, Block(entries), compression);
        byte[] metaHandle = AppendBlock(file, Block([]), 0);
        byte[] lastKey = entries.Count > 0 ? entries[^1].Key : [];
        byte[] indexHandle = AppendBlock(file, Block([(lastKey, dataHandle)]), 0);
        var footer = new byte[SortedStringTable.FooterLength];
        byte[] handles = [.. metaHandle, .. indexHandle];
        handles.CopyTo(footer, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(footer.AsSpan(40), SortedStringTable.Magic);
        file.AddRange(footer);
        return [.. file];
    }

    /// <summary>Writes <c>prefix.index</c> and <c>prefix.data-00000-of-00001</c> holding float32 tensors.</summary>
    public static void Bundle(string prefix, IReadOnlyDictionary<string, (long[] Shape, float[] Values)> tensors)
    {
        var data = new List<byte>();
        var entries = new List<(byte[], byte[])> { ([], [.. Tag(1, WireType.Varint), .. Varint(1)]) };
        foreach (var (name, (shape, values)) in tensors.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            byte[] bytes = [.. values.SelectMany(v => LittleEndian(BitConverter.SingleToUInt32Bits(v)))];
            byte[] shapeProto = [.. shape.SelectMany(dim => LengthDelimited(2, [.. Tag(1, WireType.Varint), .. Varint((ulong)dim)]))];
            byte[] entry =
            [
                .. Tag(1, WireType.Varint), .. Varint(1),
                .. LengthDelimited(2, shapeProto),
                .. Tag(4, WireType.Varint), .. Varint((ulong)data.Count),
                .. Tag(5, WireType.Varint), .. Varint((ulong)bytes.Length),
                .. Tag(6, WireType.Fixed32), .. LittleEndian(Crc32C.Mask(Crc32C.Compute(bytes))),
            ];
            entries.Add((Encoding.UTF8.GetBytes(name), entry));
            data.AddRange(bytes);
        }
        File.WriteAllBytes(prefix + ".index", Table(entries));
        File.WriteAllBytes(prefix + ".data-00000-of-00001", [.. data]);
    }

    private static byte[] AppendBlock(List<byte> file, byte[] block, byte compression)
    {
        byte[] handle = [.. Varint((ulong)file.Count), .. Varint((ulong)block.Length)];
        byte[] covered = [.. block, compression];
        file.AddRange(covered);
        file.AddRange(LittleEndian(Crc32C.Mask(Crc32C.Compute(covered))));
        return handle;
    }

    private static byte[] LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
