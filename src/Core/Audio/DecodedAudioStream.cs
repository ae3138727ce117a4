using NAudio.Wave;

namespace Leitmotif.Core.Audio;

/// <summary>
/// A <see cref="MonoAudioStream"/> over a decoded, mixed-down and resampled file. The first block is decoded when the
/// stream is created, so an undecodable or sample-less file fails in <see cref="AudioReader.Open"/>; any later decoder
/// failure surfaces from <see cref="MonoAudioStream.Read"/> as an <see cref="InputException"/> naming the file.
/// </summary>
internal sealed class DecodedAudioStream : MonoAudioStream
{
    private const int FirstBlockLength = 4096;

    private readonly string _path;
    private readonly ISampleProvider _mono;
    private readonly IDisposable[] _owned;
    private readonly float[] _firstBlock = new float[FirstBlockLength];
    private int _firstBlockPosition;
    private readonly int _firstBlockCount;

    /// <param name="path">The file, for error messages.</param>
    /// <param name="mono">Mono samples at the output rate.</param>
    /// <param name="owned">Decoder objects to dispose with this stream, innermost (the file) first.</param>
    public DecodedAudioStream(string path, ISampleProvider mono, IDisposable[] owned)
    {
        _path = path;
        _mono = mono;
        _owned = owned;
        _firstBlockCount = ReadDecoded(_firstBlock);
        if (_firstBlockCount == 0) throw new InputException(path, "contains no audio samples");
    }

    /// <inheritdoc />
    public override int SampleRate => _mono.WaveFormat.SampleRate;

    /// <inheritdoc />
    protected override int ReadCore(Span<float> destination)
    {
        if (_firstBlockPosition < _firstBlockCount)
        {
            int count = Math.Min(destination.Length, _firstBlockCount - _firstBlockPosition);
            _firstBlock.AsSpan(_firstBlockPosition, count).CopyTo(destination);
            _firstBlockPosition += count;
            return count;
        }
        return ReadDecoded(destination);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            for (int i = _owned.Length - 1; i >= 0; i--) _owned[i].Dispose();
        }
        base.Dispose(disposing);
    }

    private int ReadDecoded(Span<float> destination)
    {
        try
        {
            return _mono.Read(destination);
        }
        catch (Exception e) when (AudioReader.IsDecoderFailure(e))
        {
            throw AudioReader.Corrupt(_path, e);
        }
    }
}
