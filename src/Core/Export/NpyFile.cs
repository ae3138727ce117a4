using System.Runtime.InteropServices;
using System.Text;

namespace Leitmotif.Core.Export;

/// <summary>
/// Writes arrays as NumPy <c>.npy</c> files, format version 1.0: little-endian float32 (<c>&lt;f4</c>), C order, so that
/// <c>numpy.load</c> reads them as they are.
/// </summary>
/// <remarks>NumPy Enhancement Proposal 1 / <c>numpy.lib.format</c>: magic <c>\x93NUMPY</c>, version 1.0, a 2-byte header
/// length, an ASCII dict header padded with spaces to a multiple of 64 bytes and ending in a newline, then the data.</remarks>
public static class NpyFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0];
    private const int Alignment = 64;

    /// <summary>Writes <paramref name="data"/> with the given <paramref name="shape"/> to <paramref name="path"/>.</summary>
    /// <param name="path">Destination file, replaced if it exists.</param>
    /// <param name="data">Values in C (row-major) order.</param>
    /// <param name="shape">Dimensions, outermost first; their product must equal the data length.</param>
    public static void Write(string path, ReadOnlySpan<float> data, params int[] shape)
    {
        long count = shape.Aggregate(1L, (product, d) => product * d);
        if (shape.Length == 0 || shape.Any(d => d < 0) || count != data.Length)
            throw new ArgumentException($"shape ({string.Join(", ", shape)}) does not hold {data.Length} values", nameof(shape));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(Magic);
        var header = Header(shape);
        stream.Write(BitConverter.GetBytes((ushort)header.Length));
        stream.Write(header);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("writing .npy files needs a little-endian machine");
        stream.Write(MemoryMarshal.AsBytes(data));
    }

    private static byte[] Header(int[] shape)
    {
        string dims = shape.Length == 1 ? $"{shape[0]}," : string.Join(", ", shape);
        var text = new StringBuilder($"{{'descr': '<f4', 'fortran_order': False, 'shape': ({dims}), }}");
        int total = Magic.Length + 2 + text.Length + 1;
        text.Append(' ', (Alignment - total % Alignment) % Alignment).Append('\n');
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
