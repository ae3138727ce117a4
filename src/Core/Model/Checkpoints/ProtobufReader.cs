using System.Buffers.Binary;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// A forward-only reader of the protobuf wire format over one serialized message: read a tag, then the value of its wire
/// type (or skip it). Knows nothing about schemas; callers switch on field numbers.
/// </summary>
/// <remarks>Protocol Buffers encoding guide (protobuf.dev/programming-guides/encoding).</remarks>
internal ref struct ProtobufReader(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _message = message;
    private int _position;

    /// <summary>True when every byte of the message has been read.</summary>
    public readonly bool AtEnd => _position >= _message.Length;

    /// <summary>Reads a field tag: the field number and the wire type of the value that follows.</summary>
    /// <exception cref="InvalidDataException">Malformed tag, field number 0, or an unsupported wire type.</exception>
    public (int Field, WireType Type) ReadTag()
    {
        int start = _position;
        ulong tag = Varint.Read(_message, ref _position);
        ulong field = tag >> 3;
        var type = (WireType)(tag & 7);
        if (field == 0 || field > int.MaxValue) throw new InvalidDataException($"invalid field number {field} at byte {start}");
        if (type is not (WireType.Varint or WireType.Fixed64 or WireType.LengthDelimited or WireType.Fixed32))
            throw new InvalidDataException($"unsupported wire type {(int)type} at byte {start}");
        return ((int)field, type);
    }

    /// <summary>Reads a varint value (int32/int64/uint64/bool/enum; negative int64 values come back as two's complement).</summary>
    public ulong ReadVarint() => Varint.Read(_message, ref _position);

    /// <summary>Reads a little-endian fixed32 value.</summary>
    public uint ReadFixed32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

    /// <summary>Reads a little-endian fixed64 value.</summary>
    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    /// <summary>Reads a length-delimited value: a string, bytes, or an embedded message to give to a new reader.</summary>
    public ReadOnlySpan<byte> ReadLengthDelimited() => Take(Varint.ReadLength(_message, ref _position));

    /// <summary>Skips the value of a field whose tag has just been read.</summary>
    public void Skip(WireType type)
    {
        switch (type)
        {
            case WireType.Varint: ReadVarint(); break;
            case WireType.Fixed64: Take(sizeof(ulong)); break;
            case WireType.LengthDelimited: ReadLengthDelimited(); break;
            case WireType.Fixed32: Take(sizeof(uint)); break;
            default: throw new InvalidDataException($"unsupported wire type {(int)type}");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _message.Length - _position)
            throw new InvalidDataException($"field of {count} bytes at byte {_position} runs past the end of the {_message.Length}-byte message");
        var bytes = _message.Slice(_position, count);
        _position += count;
        return bytes;
    }
}
