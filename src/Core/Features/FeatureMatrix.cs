namespace Leitmotif.Core.Features;

/// <summary>
/// A sequence of feature vectors (for chroma: 12 values per frame) sampled at <see cref="FeatureRate"/> frames per second.
/// Stored frame-major: frame <c>m</c> occupies <c>Data[m * Dimensions .. (m + 1) * Dimensions)</c>, so one frame is contiguous.
/// </summary>
public sealed class FeatureMatrix
{
    /// <summary>Wraps existing frame-major data; <paramref name="data"/> length must be frames × dimensions.</summary>
    public FeatureMatrix(float[] data, int dimensions, double featureRate)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (dimensions <= 0) throw new ArgumentOutOfRangeException(nameof(dimensions), $"dimensions={dimensions} must be positive");
        if (data.Length % dimensions != 0)
            throw new ArgumentException($"data length {data.Length} is not a multiple of dimensions={dimensions}", nameof(data));
        if (!(featureRate > 0)) throw new ArgumentOutOfRangeException(nameof(featureRate), $"featureRate={featureRate} must be positive");
        Data = data;
        Dimensions = dimensions;
        FeatureRate = featureRate;
    }

    /// <summary>Creates a zero matrix of <paramref name="frames"/> × <paramref name="dimensions"/>.</summary>
    public FeatureMatrix(int frames, int dimensions, double featureRate)
        : this(new float[checked(frames * dimensions)], dimensions, featureRate)
    {
    }

    /// <summary>Frame-major values.</summary>
    public float[] Data { get; }

    /// <summary>Values per frame (12 for chroma).</summary>
    public int Dimensions { get; }

    /// <summary>Frames per second (Hz).</summary>
    public double FeatureRate { get; }

    /// <summary>Number of frames.</summary>
    public int Frames => Data.Length / Dimensions;

    /// <summary>Duration covered, in seconds.</summary>
    public double DurationSeconds => Frames / FeatureRate;

    /// <summary>The values of frame <paramref name="m"/>.</summary>
    public Span<float> Frame(int m) => Data.AsSpan(m * Dimensions, Dimensions);

    /// <summary>Value of dimension <paramref name="k"/> at frame <paramref name="m"/>.</summary>
    public float this[int m, int k]
    {
        get => Data[m * Dimensions + k];
        set => Data[m * Dimensions + k] = value;
    }
}
