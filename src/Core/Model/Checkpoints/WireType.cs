namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>The protobuf wire types this reader understands (the low 3 bits of a field tag).</summary>
/// <remarks>Protocol Buffers encoding guide, "Message Structure". Groups (3, 4) are deprecated and not supported.</remarks>
internal enum WireType
{
    /// <summary>int32, int64, uint32, uint64, sint*, bool, enum.</summary>
    Varint = 0,

    /// <summary>fixed64, sfixed64, double.</summary>
    Fixed64 = 1,

    /// <summary>string, bytes, embedded messages, packed repeated fields.</summary>
    LengthDelimited = 2,

    /// <summary>fixed32, sfixed32, float.</summary>
    Fixed32 = 5,
}
