using System.Runtime.InteropServices;
using System.Text;

namespace Leitmotif.Core.Shards;

/// <summary>
/// The binary layout of one <see cref="ShardSegment"/>: magic "LMS1", feature kind, dimensions (int32), feature rate (Hz,
/// float64), entry count (int32), then per entry its recording id, source key and frames (int32), then all frames'
/// values as little-endian float32. Strings are length-prefixed UTF-8 as <see cref="BinaryWriter"/> writes them.
/// </summary>
public static class ShardSegmentFormat
{
    private const uint Magic = 0x31534D4C; // "LMS1"

    // The smallest entry: two empty strings (one length byte each) and its frame count.
    private const int MinimumEntryBytes = 1 + 1 + sizeof(int);

    /// <summary>The bytes of <paramref name="segment"/>.</summary>
    public static byte[] Write(ShardSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        int headerBytes = sizeof(uint) + StringBytes(segment.FeatureKind) + sizeof(int) + sizeof(double) + sizeof(int)
            + segment.Entries.Sum(e => StringBytes(e.RecordingId) + StringBytes(e.SourceKey) + sizeof(int));
        var bytes = new byte[checked(headerBytes + segment.Data.Length * sizeof(float))];
        using var writer = new BinaryWriter(new MemoryStream(bytes), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(segment.FeatureKind);
        writer.Write(segment.Dimensions);
        writer.Write(segment.FeatureRate);
        writer.Write(segment.Entries.Count);
        foreach (var entry in segment.Entries)
        {
            writer.Write(entry.RecordingId);
            writer.Write(entry.SourceKey);
            writer.Write(entry.Frames);
        }
        writer.Write(MemoryMarshal.AsBytes(segment.Data.AsSpan()));
        return bytes;
    }

    /// <summary>Reads a segment written by <see cref="Write"/>.</summary>
    /// <param name="bytes">The whole stored object.</param>
    /// <param name="name">The object's name, used in error messages.</param>
    /// <exception cref="InvalidDataException">The bytes are not a whole, consistent segment; the message is one line
    /// starting with <paramref name="name"/>.</exception>
    public static ShardSegment Read(ReadOnlySpan<byte> bytes, string name)
    {
        var reader = new SpanReader(bytes, name);
        if (reader.ReadUInt32() != Magic) throw reader.Invalid("not a shard segment (bad magic)");
        string featureKind = reader.ReadString();
        int dimensions = reader.ReadInt32();
        double featureRate = reader.ReadDouble();
        int entryCount = reader.ReadInt32();
        if (featureKind.Length == 0) throw reader.Invalid("empty feature kind");
        if (dimensions <= 0) throw reader.Invalid($"dimensions={dimensions}");
        if (!(featureRate > 0) || double.IsInfinity(featureRate)) throw reader.Invalid($"featureRate={featureRate}");
        if (entryCount < 0) throw reader.Invalid($"entry count {entryCount}");
        if (entryCount > reader.Remaining / MinimumEntryBytes) throw reader.Invalid("truncated");

        var entries = new SegmentEntry[entryCount];
        long frames = 0;
        for (int i = 0; i < entryCount; i++)
        {
            entries[i] = new SegmentEntry(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
            if (entries[i].Frames < 0) throw reader.Invalid($"entry {i} has frames={entries[i].Frames}");
            frames += entries[i].Frames;
        }

        long dataBytes = reader.Remaining;
        if (frames > dataBytes / sizeof(float) / dimensions) throw reader.Invalid("truncated");
        long expectedBytes = frames * dimensions * sizeof(float);
        if (dataBytes != expectedBytes) throw reader.Invalid($"{dataBytes - expectedBytes} bytes after the data");
        var data = new float[frames * dimensions];
        reader.Take((int)expectedBytes).CopyTo(MemoryMarshal.AsBytes(data.AsSpan()));
        return new ShardSegment(featureKind, dimensions, featureRate, entries, data);
    }

    private static int StringBytes(string value)
    {
        int count = Encoding.UTF8.GetByteCount(value);
        int prefix = 1;
        for (uint rest = (uint)count >> 7; rest != 0; rest >>= 7) prefix++;
        return prefix + count;
    }
}
