namespace Leitmotif.Core.Spectral;

/// <summary>
/// Reduces a stream of full-rate magnitude frames to a lower frame rate by taking, value by value, the median of the frames
/// whose times fall in each output frame's interval: full-rate frame k (time k · hop / sampleRate s) belongs to output frame
/// i = ⌊k · hop · outputRate / sampleRate⌋, i.e. to [i / outputRate, (i + 1) / outputRate).
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020 (HCQT reduced to 25 frames/s by the median over 40 ms). The paper takes the median of dB values;
/// the dB mapping is monotonic, so the median of magnitudes maps to the median of dB values. For an even count the median
/// here is the geometric mean of the two middle magnitudes, whose dB value is exactly the mean of their dB values (numpy's
/// median in the dB domain) — unless the smaller one is later clipped at the dynamic-range floor, where the two differ.
/// Values must be non-negative. Holds at most ⌈sampleRate / (hop · outputRate)⌉ + 1 full-rate frames.
/// </remarks>
public sealed class MedianDownsampler
{
    private readonly int _values;
    private readonly int _sampleRate;
    private readonly int _hopLength;
    private readonly double _outputFrameRate;
    private readonly Action<int, ReadOnlySpan<float>> _onFrame;
    private readonly float[] _group;   // the current output frame's full-rate frames, frame-major
    private readonly float[] _median;
    private int _count;                // full-rate frames in _group
    private int _output;               // index of the output frame being gathered
    private long _next;                // the next expected full-rate frame index

    /// <summary>A reducer of frames of <paramref name="values"/> values that calls <paramref name="onFrame"/> with
    /// (output frame index, medians) for every completed output frame, in order.</summary>
    /// <param name="values">Values per frame (positive).</param>
    /// <param name="sampleRate">Audio sample rate (Hz).</param>
    /// <param name="hopLength">Full-rate hop (samples).</param>
    /// <param name="outputFrameRate">Output frame rate (Hz), at most sampleRate / hopLength so that no output frame is empty.</param>
    /// <param name="onFrame">Receives each output frame; the span is reused.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public MedianDownsampler(int values, int sampleRate, int hopLength, double outputFrameRate, Action<int, ReadOnlySpan<float>> onFrame)
    {
        ArgumentNullException.ThrowIfNull(onFrame);
        if (values <= 0) throw new ArgumentOutOfRangeException(nameof(values), $"values={values} must be positive");
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), $"sampleRate={sampleRate} must be positive");
        if (hopLength <= 0) throw new ArgumentOutOfRangeException(nameof(hopLength), $"hopLength={hopLength} must be positive");
        if (!(outputFrameRate > 0) || outputFrameRate > (double)sampleRate / hopLength)
        {
            throw new ArgumentOutOfRangeException(nameof(outputFrameRate),
                $"outputFrameRate={outputFrameRate} Hz must be positive and at most sampleRate/hopLength={(double)sampleRate / hopLength} Hz");
        }
        _values = values;
        _sampleRate = sampleRate;
        _hopLength = hopLength;
        _outputFrameRate = outputFrameRate;
        _onFrame = onFrame;
        int capacity = (int)Math.Ceiling(sampleRate / (hopLength * outputFrameRate)) + 1;
        _group = new float[capacity * values];
        _median = new float[values];
    }

    /// <summary>The output frame that full-rate frame <paramref name="k"/> belongs to: ⌊k · hop · outputRate / sampleRate⌋.</summary>
    public int OutputFrame(long k) => (int)Math.Floor(k * (double)_hopLength * _outputFrameRate / _sampleRate);

    /// <summary>Adds full-rate frame <paramref name="k"/>; frames must arrive in order 0, 1, 2, ….</summary>
    /// <exception cref="ArgumentException">Out-of-order frame or wrong length.</exception>
    public void Add(long k, ReadOnlySpan<float> frame)
    {
        if (k != _next) throw new ArgumentException($"frame {k} arrived, expected frame {_next}", nameof(k));
        if (frame.Length != _values) throw new ArgumentException($"frame length {frame.Length} differs from values={_values}", nameof(frame));
        int i = OutputFrame(k);
        if (i != _output)
        {
            Flush();
            _output = i;
        }
        frame.CopyTo(_group.AsSpan(_count * _values, _values));
        _count++;
        _next++;
    }

    /// <summary>Emits the last, partly gathered output frame (if any); call once after the last <see cref="Add"/>.</summary>
    public void Complete() => Flush();

    private void Flush()
    {
        if (_count == 0) return;
        Span<float> column = stackalloc float[_count];
        for (int v = 0; v < _values; v++)
        {
            for (int j = 0; j < _count; j++) column[j] = _group[j * _values + v];
            _median[v] = Median(column);
        }
        _onFrame(_output, _median);
        _count = 0;
    }

    /// <summary>Median of non-negative values (sorted in place); geometric mean of the middle two for an even count.</summary>
    private static float Median(Span<float> x)
    {
        x.Sort();
        int n = x.Length;
        return n % 2 == 1 ? x[n / 2] : MathF.Sqrt(x[n / 2 - 1]) * MathF.Sqrt(x[n / 2]);
    }
}
