namespace Leitmotif.Core.Sequence;

/// <summary>
/// A pinned float buffer whose usable part starts on a 64-byte boundary, so that vector loads at multiples of the
/// vector width never straddle a cache line, and the garbage collector never moves it.
/// </summary>
internal sealed unsafe class AlignedFloats
{
    private const int AlignmentBytes = 64;
    private readonly float[] _array;
    private readonly int _offset;

    /// <summary>Allocates <paramref name="length"/> zeroed floats.</summary>
    public AlignedFloats(int length)
    {
        _array = GC.AllocateArray<float>(length + AlignmentBytes / sizeof(float), pinned: true);
        fixed (float* first = _array)
        {
            _offset = (int)((AlignmentBytes - (nuint)first % AlignmentBytes) % AlignmentBytes) / sizeof(float);
        }

        Length = length;
    }

    /// <summary>Usable floats.</summary>
    public int Length { get; }

    /// <summary>The usable floats, 64-byte aligned.</summary>
    public Span<float> Span => _array.AsSpan(_offset, Length);
}
