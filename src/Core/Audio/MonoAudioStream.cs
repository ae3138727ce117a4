namespace Leitmotif.Core.Audio;

/// <summary>
/// Mono audio read block by block, so that long recordings never need to be held in memory whole.
/// Tracks the largest absolute sample value read so far, so that callers can reject silent recordings.
/// </summary>
public abstract class MonoAudioStream : IDisposable
{
    /// <summary>Samples per second (Hz) of what <see cref="Read"/> returns.</summary>
    public abstract int SampleRate { get; }

    /// <summary>Largest absolute sample value returned so far.</summary>
    public float Peak { get; private set; }

    /// <summary>Samples returned so far.</summary>
    public long SamplesRead { get; private set; }

    /// <summary>Seconds of audio returned so far: the recording's duration once it has been read to the end.</summary>
    public double SecondsRead => (double)SamplesRead / SampleRate;

    /// <summary>Fills <paramref name="destination"/> with the next samples.</summary>
    /// <returns>Number of samples written; 0 at the end of the stream.</returns>
    public int Read(Span<float> destination)
    {
        int count = ReadCore(destination);
        SamplesRead += count;
        foreach (float s in destination[..count])
        {
            float a = MathF.Abs(s);
            if (a > Peak) Peak = a;
        }
        return count;
    }

    /// <summary>Reads the next mono samples into <paramref name="destination"/>; returns 0 at the end.</summary>
    protected abstract int ReadCore(Span<float> destination);

    /// <summary>A stream over samples already in memory.</summary>
    public static MonoAudioStream FromSamples(float[] samples, int sampleRate) => new ArrayAudioStream(samples, sampleRate);

    /// <summary>Releases the underlying reader.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources held by a derived stream.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private sealed class ArrayAudioStream(float[] samples, int sampleRate) : MonoAudioStream
    {
        private int _position;

        public override int SampleRate { get; } = sampleRate;

        protected override int ReadCore(Span<float> destination)
        {
            int count = Math.Min(destination.Length, samples.Length - _position);
            samples.AsSpan(_position, count).CopyTo(destination);
            _position += count;
            return count;
        }
    }
}
