using System.Buffers.Binary;
using System.Numerics;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// CRC-32C (Castagnoli polynomial 0x1EDC6F41, reflected), and the masking that LevelDB and TensorFlow apply to checksums
/// they store next to the data they cover.
/// </summary>
/// <remarks>
/// Check value: CRC-32C("123456789") = 0xE3069283 (RFC 3720, appendix B.4). Masking: LevelDB <c>util/crc32c.h</c>
/// (<c>Mask</c>/<c>Unmask</c>), reused by TensorFlow <c>tsl/lib/hash/crc32c.h</c>. The per-byte work is
/// <see cref="BitOperations.Crc32C(uint, ulong)"/>, which uses the SSE4.2/ARM CRC instructions where present.
/// </remarks>
internal static class Crc32C
{
    private const uint MaskDelta = 0xa282ead8;

    /// <summary>The CRC-32C of <paramref name="data"/> (initial value and final XOR 0xFFFFFFFF).</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }
        foreach (byte b in data) crc = BitOperations.Crc32C(crc, b);
        return ~crc;
    }

    /// <summary>The stored form of a checksum: rotated right by 15 bits plus a constant.</summary>
    /// <remarks>Stored CRCs are masked so that a CRC of data that itself contains CRCs stays well distributed (LevelDB).</remarks>
    public static uint Mask(uint crc) => ((crc >> 15) | (crc << 17)) + MaskDelta;

    /// <summary>The inverse of <see cref="Mask"/>.</summary>
    public static uint Unmask(uint masked)
    {
        uint rotated = masked - MaskDelta;
        return (rotated >> 17) | (rotated << 15);
    }
}
