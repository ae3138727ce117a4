using System.Buffers.Binary;
using System.Text;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// A TensorFlow "tensor bundle" checkpoint on disk: <c>&lt;prefix&gt;.index</c> (a sorted string table mapping each tensor
/// name to a <see cref="BundleEntry"/>; the empty key holds the <c>BundleHeaderProto</c>) and the data shard(s)
/// <c>&lt;prefix&gt;.data-NNNNN-of-MMMMM</c> holding the raw little-endian tensor bytes.
/// </summary>
/// <remarks>
/// TensorFlow <c>core/util/tensor_bundle/tensor_bundle.h</c>, <c>.cc</c> and <c>core/protobuf/tensor_bundle.proto</c>. The entry
/// checksum is the masked CRC-32C of the tensor's bytes (<c>BundleWriter</c> stores <c>crc32c::Mask</c>, the reader compares
/// after <c>Unmask</c>). Files that do not fit give an <see cref="InputException"/> naming the file and the reason.
/// </remarks>
public sealed class TensorBundle
{
    private const string IndexSuffix = ".index";
    private readonly string _prefix;
    private readonly int _shardCount;

    private TensorBundle(string indexPath, int shardCount, IReadOnlyDictionary<string, BundleEntry> entries)
    {
        IndexPath = indexPath;
        _prefix = indexPath[..^IndexSuffix.Length];
        _shardCount = shardCount;
        Entries = entries;
    }

    /// <summary>The checkpoint's index file.</summary>
    public string IndexPath { get; }

    /// <summary>Every tensor entry by name, in ordinal name order (the bundle header is not among them).</summary>
    public IReadOnlyDictionary<string, BundleEntry> Entries { get; }

    /// <summary>Reads the index of a checkpoint; tensor data is read later, by <see cref="ReadFloat32"/>.</summary>
    /// <param name="indexPath">Path of the <c>.index</c> file.</param>
    /// <exception cref="InputException">Missing, truncated or corrupt index, or an unsupported (big-endian) bundle.</exception>
    public static TensorBundle Open(string indexPath)
    {
        if (!indexPath.EndsWith(IndexSuffix, StringComparison.Ordinal))
            throw new ArgumentException($"indexPath='{indexPath}' must end with '{IndexSuffix}'", nameof(indexPath));
        if (!File.Exists(indexPath)) throw new InputException(indexPath, "checkpoint index not found");
        try
        {
            var entries = new SortedDictionary<string, BundleEntry>(StringComparer.Ordinal);
            int? shardCount = null;
            foreach (var (key, value) in SortedStringTable.ReadAll(File.ReadAllBytes(indexPath)))
            {
                if (key.Length == 0) shardCount = ParseHeader(value);
                else entries.Add(Encoding.UTF8.GetString(key), BundleEntry.Parse(value));
            }
            if (shardCount is null) throw new InvalidDataException("no bundle header (empty key) in the index");
            return new TensorBundle(indexPath, shardCount.Value, entries);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(indexPath, e.Message, e);
        }
    }

    /// <summary>The values of a float32 tensor, row-major in the stored (TensorFlow) layout, after checking its CRC-32C.</summary>
    /// <param name="name">A key of <see cref="Entries"/>.</param>
    /// <returns>Values; length = <see cref="BundleEntry.ElementCount"/>.</returns>
    /// <exception cref="InputException">Not float32, sliced, missing or short data file, or a checksum mismatch; names the tensor.</exception>
    public float[] ReadFloat32(string name)
    {
        var entry = Entries.TryGetValue(name, out var found) ? found
            : throw new ArgumentException($"name='{name}' is not a tensor of {IndexPath}", nameof(name));
        if (entry.DataType != BundleEntry.FloatDataType)
            throw new InputException(IndexPath, $"tensor '{name}' has dtype {entry.DataType}, expected DT_FLOAT ({BundleEntry.FloatDataType})");
        if (entry.IsSliced) throw new InputException(IndexPath, $"tensor '{name}' is partitioned into slices, which is not supported");
        if (entry.Size != entry.ElementCount * sizeof(float))
            throw new InputException(IndexPath, $"tensor '{name}' is {entry.Size} bytes, but its shape [{string.Join(", ", entry.Shape)}] needs {entry.ElementCount * sizeof(float)}");
        if (entry.ShardId < 0 || entry.ShardId >= _shardCount)
            throw new InputException(IndexPath, $"tensor '{name}' is in shard {entry.ShardId}, but the bundle has {_shardCount}");

        byte[] bytes = ReadBytes(DataPath(entry.ShardId), name, entry);
        uint actual = Crc32C.Compute(bytes);
        if (actual != Crc32C.Unmask(entry.MaskedCrc32C))
            throw new InputException(DataPath(entry.ShardId), $"crc32c mismatch in tensor '{name}' (data file corrupt)");
        var values = new float[entry.ElementCount];
        for (int i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        return values;
    }

    /// <summary>The path of data shard <paramref name="shardId"/>: <c>&lt;prefix&gt;.data-NNNNN-of-MMMMM</c>.</summary>
    public string DataPath(int shardId) => $"{_prefix}.data-{shardId:D5}-of-{_shardCount:D5}";

    private static byte[] ReadBytes(string dataPath, string name, BundleEntry entry)
    {
        if (!File.Exists(dataPath)) throw new InputException(dataPath, "checkpoint data file not found");
        using var handle = File.OpenHandle(dataPath);
        long length = RandomAccess.GetLength(handle);
        if (entry.Offset > length || entry.Size > length - entry.Offset)
            throw new InputException(dataPath, $"{length} bytes is shorter than tensor '{name}' needs ({entry.Offset} + {entry.Size}; truncated?)");
        var bytes = new byte[entry.Size];
        int read = RandomAccess.Read(handle, bytes, entry.Offset);
        while (read < bytes.Length)
        {
            int more = RandomAccess.Read(handle, bytes.AsSpan(read), entry.Offset + read);
            if (more == 0) throw new InputException(dataPath, $"file ended while reading tensor '{name}'");
            read += more;
        }
        return bytes;
    }

    /// <summary>BundleHeaderProto: field 1 num_shards (int32), field 2 endianness (0 = little). Returns the shard count.</summary>
    private static int ParseHeader(ReadOnlySpan<byte> message)
    {
        ulong shards = 1, endianness = 0;
        var reader = new ProtobufReader(message);
        while (!reader.AtEnd)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.Varint): shards = reader.ReadVarint(); break;
                case (2, WireType.Varint): endianness = reader.ReadVarint(); break;
                default: reader.Skip(type); break;
            }
        }
        if (endianness != 0) throw new InvalidDataException("big-endian bundle, which is not supported");
        if (shards is 0 or > 99999) throw new InvalidDataException($"bundle header declares {shards} shards");
        return (int)shards;
    }
}
