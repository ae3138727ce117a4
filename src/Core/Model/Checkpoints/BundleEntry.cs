namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// Where one tensor of a TensorFlow checkpoint lies and how to check it: the parsed <c>BundleEntryProto</c> stored under the
/// tensor's name in the checkpoint index.
/// </summary>
/// <param name="DataType">TensorFlow <c>DataType</c> enum value; <see cref="FloatDataType"/> (DT_FLOAT) for float32.</param>
/// <param name="Shape">Dimensions, outermost first, as TensorFlow stores them (Keras conv kernels: kh, kw, in, out).</param>
/// <param name="ShardId">Which <c>.data-NNNNN-of-MMMMM</c> file holds the bytes.</param>
/// <param name="Offset">Byte offset of the tensor in its data file.</param>
/// <param name="Size">Byte count of the tensor in its data file.</param>
/// <param name="MaskedCrc32C">Masked CRC-32C of those bytes (see <c>Crc32C.Mask</c>).</param>
/// <param name="IsSliced">True when the entry describes a partitioned variable (<c>slices</c> present); not supported.</param>
/// <remarks>TensorFlow <c>core/protobuf/tensor_bundle.proto</c> (BundleEntryProto fields 1–7), <c>tensor_shape.proto</c>.</remarks>
public sealed record BundleEntry(int DataType, long[] Shape, int ShardId, long Offset, long Size, uint MaskedCrc32C, bool IsSliced)
{
    /// <summary>TensorFlow's <c>DT_FLOAT</c>: 32-bit IEEE float.</summary>
    public const int FloatDataType = 1;

    /// <summary>Number of elements: the product of <see cref="Shape"/> (1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, dim) => product * dim);

    /// <summary>Parses a serialized <c>BundleEntryProto</c>; unknown fields are skipped.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed message, or a value is out of range.</exception>
    internal static BundleEntry Parse(ReadOnlySpan<byte> message)
    {
        int dataType = 0, shardId = 0;
        long offset = 0, size = 0;
        uint crc = 0;
        bool sliced = false;
        List<long> shape = [];
        var reader = new ProtobufReader(message);
        while (!reader.AtEnd)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.Varint): dataType = (int)reader.ReadVarint(); break;
                case (2, WireType.LengthDelimited): shape = ParseShape(reader.ReadLengthDelimited()); break;
                case (3, WireType.Varint): shardId = (int)reader.ReadVarint(); break;
                case (4, WireType.Varint): offset = NonNegative(reader.ReadVarint(), "offset"); break;
                case (5, WireType.Varint): size = NonNegative(reader.ReadVarint(), "size"); break;
                case (6, WireType.Fixed32): crc = reader.ReadFixed32(); break;
                case (7, WireType.LengthDelimited): reader.Skip(type); sliced = true; break;
                default: reader.Skip(type); break;
            }
        }
        return new BundleEntry(dataType, [.. shape], shardId, offset, size, crc, sliced);
    }

    /// <summary>TensorShapeProto: repeated field 2 <c>dim</c>, each a message whose field 1 is <c>size</c> (int64).</summary>
    private static List<long> ParseShape(ReadOnlySpan<byte> message)
    {
        List<long> dims = [];
        var reader = new ProtobufReader(message);
        while (!reader.AtEnd)
        {
            var (field, type) = reader.ReadTag();
            if (field != 2 || type != WireType.LengthDelimited) { reader.Skip(type); continue; }
            long size = 0;
            var dim = new ProtobufReader(reader.ReadLengthDelimited());
            while (!dim.AtEnd)
            {
                var (dimField, dimType) = dim.ReadTag();
                if (dimField == 1 && dimType == WireType.Varint) size = NonNegative(dim.ReadVarint(), "dimension");
                else dim.Skip(dimType);
            }
            dims.Add(size);
        }
        return dims;
    }

    private static long NonNegative(ulong value, string what) =>
        value <= long.MaxValue ? (long)value : throw new InvalidDataException($"negative or too large {what} {(long)value}");
}
