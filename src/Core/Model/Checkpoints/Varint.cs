namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>Base-128 variable-length unsigned integers: 7 bits per byte, least significant group first, high bit = more.</summary>
/// <remarks>Protocol Buffers encoding guide ("Base 128 Varints"); LevelDB <c>util/coding.h</c> (<c>GetVarint32</c>/<c>GetVarint64</c>).</remarks>
internal static class Varint
{
    private const int MaxBytes = 10;

    /// <summary>Reads one varint at <paramref name="position"/> and advances past it.</summary>
    /// <exception cref="InvalidDataException">The buffer ends inside the varint, or it is longer than 10 bytes.</exception>
    public static ulong Read(ReadOnlySpan<byte> buffer, ref int position)
    {
        ulong value = 0;
        for (int i = 0; i < MaxBytes; i++)
        {
            if (position >= buffer.Length) throw new InvalidDataException($"varint truncated at byte {position}");
            byte b = buffer[position++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80) return value;
        }
        throw new InvalidDataException($"varint longer than {MaxBytes} bytes before byte {position}");
    }

    /// <summary>Reads a varint that must fit a non-negative <see cref="int"/> (a length or count).</summary>
    /// <exception cref="InvalidDataException">Malformed, or larger than <see cref="int.MaxValue"/>.</exception>
    public static int ReadLength(ReadOnlySpan<byte> buffer, ref int position)
    {
        int start = position;
        ulong value = Read(buffer, ref position);
        if (value > int.MaxValue) throw new InvalidDataException($"length {value} at byte {start} is too large");
        return (int)value;
    }
}
