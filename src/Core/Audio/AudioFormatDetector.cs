namespace Leitmotif.Core.Audio;

/// <summary>Recognises an audio file's format from its content (magic bytes), never from its extension.</summary>
internal static class AudioFormatDetector
{
    /// <summary>Bytes of the file's start that <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    /// <summary>The format whose signature <paramref name="header"/> starts with.</summary>
    /// <param name="header">The file's first bytes (up to <see cref="HeaderLength"/>; fewer for short files).</param>
    public static AudioFileFormat Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8))
            return AudioFileFormat.Wave;
        if (header.Length >= 4 && header[..4].SequenceEqual("OggS"u8))
            return AudioFileFormat.Ogg;
        if (header.Length >= 3 && header[..3].SequenceEqual("ID3"u8))
            return AudioFileFormat.Mp3;
        if (header.Length >= 2 && IsMpegLayer3FrameSync(header[0], header[1]))
            return AudioFileFormat.Mp3;
        return AudioFileFormat.Unknown;
    }

    /// <summary>11 set sync bits, a valid MPEG version (not the reserved 01) and layer bits 01 (Layer III).</summary>
    private static bool IsMpegLayer3FrameSync(byte b0, byte b1) =>
        b0 == 0xFF && (b1 & 0xE0) == 0xE0 && (b1 & 0x18) != 0x08 && (b1 & 0x06) == 0x02;
}
