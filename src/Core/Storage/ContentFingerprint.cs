using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Leitmotif.Core.Storage;

/// <summary>
/// A fingerprint of a recording's content that does not depend on where it lies: SHA-256 over its size, its first
/// <see cref="EdgeBytes"/> and its last <see cref="EdgeBytes"/> (the whole content when it is at most twice that).
/// </summary>
/// <remarks>
/// Not a hash of the whole file, because it is taken for every recording whose location or change stamp is new, and reading
/// 2 MiB costs milliseconds where a whole collection read again would cost as much as indexing it. The edges hold what an
/// edit of an audio file changes besides its size: the header and tags at the start (ID3v2, RIFF, Ogg), a trailer or
/// ID3v1 tag at the end, and six seconds of CD audio at each end. Two different recordings of one relative name with the
/// same size and the same two edges would be taken for one.
/// </remarks>
public static class ContentFingerprint
{
    /// <summary>Bytes read at each end: 1 MiB.</summary>
    public const int EdgeBytes = 1 << 20;

    /// <summary>32 hexadecimal characters (128 bits of the SHA-256) fingerprinting <paramref name="content"/>, a seekable
    /// stream read from its start; the caller disposes it.</summary>
    public static string Of(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        long size = content.Length;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> sizeBytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(sizeBytes, size);
        hash.AppendData(sizeBytes);
        var buffer = new byte[EdgeBytes];
        content.Position = 0;
        Append(hash, content, buffer, (int)Math.Min(size, EdgeBytes));
        long rest = size - EdgeBytes;
        if (rest > 0)
        {
            content.Position = Math.Max(EdgeBytes, size - EdgeBytes);
            Append(hash, content, buffer, (int)Math.Min(rest, EdgeBytes));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }

    private static void Append(IncrementalHash hash, Stream content, byte[] buffer, int count)
    {
        content.ReadExactly(buffer, 0, count);
        hash.AppendData(buffer, 0, count);
    }
}
