using NAudio.Wave;
using NLayer;

namespace Leitmotif.Core.Audio;

/// <summary>Interleaved float samples of an MP3 stream, decoded frame by frame by NLayer.</summary>
internal sealed class MpegSampleProvider : ISampleProvider, IDisposable
{
    private readonly MpegFile _file;
    private float[] _scratch = [];

    /// <summary>Decodes <paramref name="stream"/>; the provider owns it from now on.</summary>
    public MpegSampleProvider(Stream stream)
    {
        _file = new MpegFile(stream);
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(_file.SampleRate, _file.Channels);
    }

    /// <inheritdoc />
    public WaveFormat WaveFormat { get; }

    /// <inheritdoc />
    public int Read(Span<float> buffer)
    {
        if (_scratch.Length < buffer.Length) _scratch = new float[buffer.Length];
        int count = _file.ReadSamples(_scratch, 0, buffer.Length);
        _scratch.AsSpan(0, count).CopyTo(buffer);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
