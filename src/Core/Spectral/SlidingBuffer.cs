namespace Leitmotif.Core.Spectral;

/// <summary>
/// A window onto an unbounded sample sequence indexed by absolute position: samples are appended at the end and discarded
/// from the start, and any retained range is readable as one contiguous span (no wrap-around), so dot products can run over
/// it directly. Storage is compacted in place when the end is reached and grows only if the retained range outgrows it.
/// </summary>
internal sealed class SlidingBuffer
{
    private float[] _data;
    private int _offset;
    private int _count;

    /// <summary>An empty buffer whose first appended sample has absolute index <paramref name="start"/>.</summary>
    public SlidingBuffer(long start, int initialCapacity)
    {
        Start = start;
        _data = new float[Math.Max(initialCapacity, 16)];
    }

    /// <summary>Absolute index of the first retained sample.</summary>
    public long Start { get; private set; }

    /// <summary>Absolute index one past the last appended sample.</summary>
    public long End => Start + _count;

    /// <summary>Appends <paramref name="length"/> samples and returns their storage for the caller to fill.</summary>
    public Span<float> Append(int length)
    {
        if (_offset + _count + length > _data.Length)
        {
            float[] target = _count + length > _data.Length / 2 ? new float[2 * (_count + length)] : _data;
            Array.Copy(_data, _offset, target, 0, _count);
            _data = target;
            _offset = 0;
        }
        Span<float> span = _data.AsSpan(_offset + _count, length);
        _count += length;
        return span;
    }

    /// <summary>The retained samples with absolute indices [<paramref name="index"/>, <paramref name="index"/> + <paramref name="length"/>).</summary>
    public ReadOnlySpan<float> Slice(long index, int length) => _data.AsSpan(_offset + (int)(index - Start), length);

    /// <summary>Drops the samples before absolute index <paramref name="index"/> (no-op if none are retained).</summary>
    public void DiscardBefore(long index)
    {
        int drop = (int)Math.Clamp(index - Start, 0, _count);
        _offset += drop;
        _count -= drop;
        Start += drop;
    }
}
