using FFMpegCore;
using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace Leitmotif.Core.Audio;

/// <summary>
/// Opens audio files (WAV, MP3, Ogg Vorbis; with FFmpeg also FLAC, MP4/M4A, Opus, WMA) as mono streams at
/// <see cref="AudioSignal.DefaultSampleRate"/>, decoding, mixing down and resampling block by block so that a recording is
/// never held in memory whole.
/// </summary>
/// <remarks>
/// The format is recognised from the file's first bytes (RIFF/WAVE, ID3 or an MPEG Layer III frame sync, OggS, fLaC, an MP4
/// ftyp box, the ASF header GUID; behind an ID3v2 tag, fLaC is FLAC), not its extension. WAV is decoded by NAudio (PCM 8/16/24/32-bit, IEEE float 32/64-bit,
/// also as WAVE_FORMAT_EXTENSIBLE), MP3 by NLayer, Ogg Vorbis by NVorbis: none of these needs anything installed. FLAC,
/// MP4/M4A (AAC, ALAC), Ogg Opus and WMA are decoded by FFmpeg through FFMpegCore (<see cref="FFmpegSampleProvider"/>),
/// found in the binary folder of FFMpegCore's global options (ffmpeg.config.json) or else on PATH; without it such a file
/// fails with one line naming the install command. Channels are averaged (NAudio's channel mixer) and the sample rate is
/// converted by NAudio's WDL resampler in windowed-sinc mode (band-limited), whichever decoder ran; paper: Zalkow &amp;
/// Müller, ISMIR 2020 (mono, 22050 Hz). A WAV file whose header announces more data than the file holds is reported as
/// truncated rather than silently read in part.
/// </remarks>
public static class AudioReader
{
    /// <summary>The reason given for a file in none of the supported formats.</summary>
    public const string UnsupportedFormatReason =
        "not a supported audio format (WAV, MP3, Ogg Vorbis, and with FFmpeg FLAC, MP4/M4A, Opus, WMA)";

    /// <summary>Opens <paramref name="path"/> for block-wise reading.</summary>
    /// <param name="path">An audio file: WAV, MP3, Ogg Vorbis, FLAC, MP4/M4A, Opus or WMA, any channel count and sample
    /// rate.</param>
    /// <returns>Mono samples in [-1, 1] at <see cref="AudioSignal.DefaultSampleRate"/> (22050 Hz); the caller disposes it.</returns>
    /// <exception cref="InputException">The file is missing, empty, not a supported format, corrupt or has no samples, or
    /// needs FFmpeg, which is not installed (also thrown later by <see cref="MonoAudioStream.Read"/> when the decoder fails
    /// part-way).</exception>
    public static MonoAudioStream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new InputException(path, "file not found");
        return Open(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16));
    }

    /// <summary>Opens the encoded audio in <paramref name="content"/> (seekable; the returned stream owns it) for block-wise
    /// reading, as <see cref="Open(string)"/> does a file; errors name <paramref name="name"/>.</summary>
    public static MonoAudioStream Open(string name, Stream content) => Open(name, content, GlobalFFOptions.Current);

    /// <summary>As <see cref="Open(string, Stream)"/>, with FFmpeg looked for as <paramref name="ffmpeg"/> says.</summary>
    internal static MonoAudioStream Open(string name, Stream content, FFOptions ffmpeg)
    {
        ArgumentNullException.ThrowIfNull(content);
        var owned = new List<IDisposable> { content };
        try
        {
            if (content.Length == 0) throw new InputException(name, "file is empty (0 bytes)");
            ISampleProvider decoded = OpenDecoder(name, content, ffmpeg, owned);
            ISampleProvider mono = MixDown(decoded);
            ISampleProvider resampled = mono.WaveFormat.SampleRate == AudioSignal.DefaultSampleRate
                ? mono
                : new SincResamplingSampleProvider(mono, AudioSignal.DefaultSampleRate);
            return new DecodedAudioStream(name, resampled, [.. owned]);
        }
        catch (Exception e) when (e is InputException || IsDecoderFailure(e))
        {
            for (int i = owned.Count - 1; i >= 0; i--) owned[i].Dispose();
            if (e is InputException) throw;
            throw Corrupt(name, e);
        }
    }

    /// <summary>Reads a whole file into memory: for short files and tests; use <see cref="Open(string)"/> for recordings.</summary>
    /// <param name="path">As for <see cref="Open(string)"/>.</param>
    /// <returns>All samples, mono at <see cref="AudioSignal.DefaultSampleRate"/>.</returns>
    /// <exception cref="InputException">As for <see cref="Open(string)"/>.</exception>
    public static AudioSignal ReadAll(string path)
    {
        using MonoAudioStream stream = Open(path);
        var samples = new List<float>();
        var block = new float[1 << 16];
        int count;
        while ((count = stream.Read(block)) > 0) samples.AddRange(block.AsSpan(0, count));
        return new AudioSignal([.. samples], stream.SampleRate);
    }

    /// <summary>Whether <paramref name="e"/> is a decoder's complaint about the data (as opposed to a fatal runtime error).</summary>
    internal static bool IsDecoderFailure(Exception e) =>
        e is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or UnauthorizedAccessException;

    /// <summary>The one-line error for a file a decoder failed on.</summary>
    internal static InputException Corrupt(string path, Exception e) =>
        new(path, $"corrupt or truncated audio data ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})", e);

    private static ISampleProvider OpenDecoder(string path, Stream file, FFOptions ffmpeg, List<IDisposable> owned)
    {
        Span<byte> header = stackalloc byte[AudioFormatDetector.HeaderLength];
        int headerLength = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        file.Position = 0;
        AudioFileFormat format = AudioFormatDetector.Detect(header[..headerLength]);
        if (format == AudioFileFormat.Mp3 && IsFlacBehindId3Tag(file, header[..headerLength])) format = AudioFileFormat.Flac;
        switch (format)
        {
            case AudioFileFormat.Wave:
                RejectTruncatedWave(path, file);
                var wave = new WaveFileReader(file);
                owned.Add(wave);
                return WaveSamples(path, wave);
            case AudioFileFormat.Mp3:
                var mpeg = new MpegSampleProvider(file);
                owned.Add(mpeg);
                return mpeg;
            case AudioFileFormat.Ogg:
                var vorbis = new VorbisSampleProvider(file);
                owned.Add(vorbis);
                return vorbis;
            case AudioFileFormat.Flac or AudioFileFormat.Mp4 or AudioFileFormat.OggOpus or AudioFileFormat.Asf:
                var decoded = new FFmpegSampleProvider(path, format, file, ffmpeg);
                owned.Add(decoded);
                return decoded;
            case AudioFileFormat.Unknown:
                throw new InputException(path, UnsupportedFormatReason);
            default:
                throw new System.Diagnostics.UnreachableException($"unhandled audio format {format}");
        }
    }

    /// <summary>Whether "fLaC" follows the ID3v2 tag that <paramref name="header"/> starts with; leaves the stream at 0.</summary>
    private static bool IsFlacBehindId3Tag(Stream file, ReadOnlySpan<byte> header)
    {
        long tag = AudioFormatDetector.Id3v2Length(header);
        if (tag == 0 || tag + 4 > file.Length) return false;
        Span<byte> magic = stackalloc byte[4];
        file.Position = tag;
        file.ReadExactly(magic);
        file.Position = 0;
        return AudioFormatDetector.Detect(magic) == AudioFileFormat.Flac;
    }

    /// <summary>
    /// Rejects a WAV file whose data chunk announces more bytes than the file holds (e.g. an interrupted copy); NAudio
    /// would read the part present without a word. Walks the RIFF chunks to the data chunk's header.
    /// </summary>
    private static void RejectTruncatedWave(string path, Stream file)
    {
        Span<byte> chunk = stackalloc byte[8];
        long position = 12;
        while (position + 8 <= file.Length)
        {
            file.Position = position;
            file.ReadExactly(chunk);
            long size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("data"u8))
            {
                long present = file.Length - position - 8;
                file.Position = 0;
                if (size > present && size != uint.MaxValue)
                    throw new InputException(path, $"truncated: the data chunk announces {size} bytes but the file holds {present}");
                return;
            }
            position += 8 + size + (size & 1);
        }
        file.Position = 0;
    }

    private static ISampleProvider WaveSamples(string path, WaveFileReader wave)
    {
        WaveFormat format = wave.WaveFormat.AsStandardWaveFormat();
        bool supported = format.Encoding switch
        {
            WaveFormatEncoding.Pcm => format.BitsPerSample is 8 or 16 or 24 or 32,
            WaveFormatEncoding.IeeeFloat => format.BitsPerSample is 32 or 64,
            _ => false,
        };
        if (!supported)
        {
            throw new InputException(path,
                $"unsupported WAV encoding {format.Encoding} ({format.BitsPerSample}-bit); only PCM 8/16/24/32-bit and IEEE float 32/64-bit are read");
        }
        if (wave.SampleCount == 0) throw new InputException(path, "contains no audio samples");
        return wave.ToSampleProvider();
    }

    /// <summary>Averages all channels into one (a 1 × channels mixing matrix of 1/channels).</summary>
    private static ISampleProvider MixDown(ISampleProvider source)
    {
        int channels = source.WaveFormat.Channels;
        if (channels == 1) return source;
        var matrix = new float[channels, 1];
        for (int c = 0; c < channels; c++) matrix[c, 0] = 1f / channels;
        return new ChannelMixerSampleProvider(source, matrix);
    }
}
