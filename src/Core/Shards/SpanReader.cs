using System.Buffers.Binary;
using System.Text;

namespace Leitmotif.Core.Shards;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> writes (little-endian numbers, length-prefixed UTF-8 strings) from a span,
/// checking every length against what remains; a shortfall throws <see cref="InvalidDataException"/> "&lt;name&gt;: truncated".
/// </summary>
internal ref struct SpanReader(ReadOnlySpan<byte> bytes, string name)
{
    private ReadOnlySpan<byte> _rest = bytes;

    /// <summary>Bytes not yet read.</summary>
    public readonly int Remaining => _rest.Length;

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: a 7-bit-encoded byte count, then UTF-8.</summary>
    public string ReadString()
    {
        int length = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (shift > 28) throw Invalid("bad string length");
            byte b = Take(1)[0];
            length |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        if (length < 0) throw Invalid("bad string length");
        return Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>The next <paramref name="count"/> bytes.</summary>
    public ReadOnlySpan<byte> Take(int count)
    {
        if (count > _rest.Length) throw Invalid("truncated");
        var taken = _rest[..count];
        _rest = _rest[count..];
        return taken;
    }

    /// <summary>The exception for a malformed object, its message naming the object and <paramref name="reason"/>.</summary>
    public readonly InvalidDataException Invalid(string reason) => new($"{name}: {reason}");
}
