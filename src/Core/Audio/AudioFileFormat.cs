namespace Leitmotif.Core.Audio;

/// <summary>The audio container formats <see cref="AudioReader"/> decodes, as recognised from a file's first bytes.</summary>
internal enum AudioFileFormat
{
    /// <summary>Not a recognised audio file.</summary>
    Unknown,

    /// <summary>RIFF/WAVE: PCM or IEEE float, optionally WAVE_FORMAT_EXTENSIBLE.</summary>
    Wave,

    /// <summary>MPEG-1/2 Layer III, optionally behind an ID3v2 tag.</summary>
    Mp3,

    /// <summary>An Ogg container other than Ogg Opus (decoded as Vorbis).</summary>
    Ogg,

    /// <summary>Native FLAC (decoded by FFmpeg).</summary>
    Flac,

    /// <summary>An MP4/M4A container, AAC or ALAC (decoded by FFmpeg).</summary>
    Mp4,

    /// <summary>An Ogg container whose first packet is an Opus header (decoded by FFmpeg).</summary>
    OggOpus,

    /// <summary>An ASF container, as WMA files are (decoded by FFmpeg).</summary>
    Asf,
}
