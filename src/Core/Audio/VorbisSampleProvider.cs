using NAudio.Wave;
using NVorbis;

namespace Leitmotif.Core.Audio;

/// <summary>Interleaved float samples of an Ogg Vorbis stream, decoded by NVorbis.</summary>
internal sealed class VorbisSampleProvider : ISampleProvider, IDisposable
{
    private readonly VorbisReader _reader;
    private float[] _scratch = [];

    /// <summary>Decodes <paramref name="stream"/>; the provider owns it from now on.</summary>
    public VorbisSampleProvider(Stream stream)
    {
        _reader = new VorbisReader(stream, closeOnDispose: true);
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(_reader.SampleRate, _reader.Channels);
    }

    /// <inheritdoc />
    public WaveFormat WaveFormat { get; }

    /// <inheritdoc />
    public int Read(Span<float> buffer)
    {
        if (_scratch.Length < buffer.Length) _scratch = new float[buffer.Length];
        // NVorbis only returns whole sample frames: ask for a multiple of the channel count.
        int count = _reader.ReadSamples(_scratch, 0, buffer.Length - buffer.Length % WaveFormat.Channels);
        _scratch.AsSpan(0, count).CopyTo(buffer);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
