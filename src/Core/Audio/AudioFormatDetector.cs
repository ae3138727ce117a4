namespace Leitmotif.Core.Audio;

/// <summary>Recognises an audio file's format from its content (magic bytes), never from its extension.</summary>
internal static class AudioFormatDetector
{
    /// <summary>Bytes of the file's start that <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 36;

    /// <summary>The ASF header object's GUID, 75B22630-668E-11CF-A6D9-00AA0062CE6C, as stored (little-endian fields).</summary>
    private static ReadOnlySpan<byte> AsfHeaderGuid =>
        [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C];

    /// <summary>The format whose signature <paramref name="header"/> starts with.</summary>
    /// <param name="header">The file's first bytes (up to <see cref="HeaderLength"/>; fewer for short files).</param>
    public static AudioFileFormat Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8))
            return AudioFileFormat.Wave;
        if (header.Length >= 4 && header[..4].SequenceEqual("OggS"u8))
            return IsOpusIdentificationPage(header) ? AudioFileFormat.OggOpus : AudioFileFormat.Ogg;
        if (header.Length >= 4 && header[..4].SequenceEqual("fLaC"u8))
            return AudioFileFormat.Flac;
        if (header.Length >= 8 && header[4..8].SequenceEqual("ftyp"u8))
            return AudioFileFormat.Mp4;
        if (header.Length >= 16 && header[..16].SequenceEqual(AsfHeaderGuid))
            return AudioFileFormat.Asf;
        if (header.Length >= 3 && header[..3].SequenceEqual("ID3"u8))
            return AudioFileFormat.Mp3;
        if (header.Length >= 2 && IsMpegLayer3FrameSync(header[0], header[1]))
            return AudioFileFormat.Mp3;
        return AudioFileFormat.Unknown;
    }

    /// <summary>
    /// The bytes an ID3v2 tag at the start takes (its 10-byte header, the synchsafe size, and a 10-byte footer when flagged),
    /// or 0 without one. Taggers put such tags before MP3 frames and, less properly, before FLAC's "fLaC".
    /// </summary>
    public static long Id3v2Length(ReadOnlySpan<byte> header)
    {
        if (header.Length < 10 || !header[..3].SequenceEqual("ID3"u8)) return 0;
        long size = (header[6] & 0x7F) << 21 | (header[7] & 0x7F) << 14 | (header[8] & 0x7F) << 7 | (header[9] & 0x7F);
        bool footer = (header[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /// <summary>
    /// Whether the Ogg page at the start holds an Opus identification header. An Ogg stream's first page carries only the
    /// codec's identification packet, in one segment: the 27-byte page header, one lacing byte, then the packet.
    /// </summary>
    private static bool IsOpusIdentificationPage(ReadOnlySpan<byte> header) =>
        header.Length >= 36 && header[26] == 1 && header[28..36].SequenceEqual("OpusHead"u8);

    /// <summary>11 set sync bits, a valid MPEG version (not the reserved 01) and layer bits 01 (Layer III).</summary>
    private static bool IsMpegLayer3FrameSync(byte b0, byte b1) =>
        b0 == 0xFF && (b1 & 0xE0) == 0xE0 && (b1 & 0x18) != 0x08 && (b1 & 0x06) == 0x02;
}
