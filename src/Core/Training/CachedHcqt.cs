using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Training;

/// <summary>
/// The network input of one whole recording, (T, 216, 6) at 25 Hz, held as float16 (half the memory of float32; the values
/// lie in [0, 1] after per-slice L2 normalisation, where float16 keeps 11 significant bits).
/// </summary>
/// <param name="Values">Frame-major values as <see cref="HcqtFrames.Data"/>, length <c>Frames × 216 × 6</c>.</param>
/// <param name="Frames">Number of frames T.</param>
public sealed record CachedHcqt(Half[] Values, int Frames)
{
    private const int FrameValues = HcqtFrames.Bins * HcqtFrames.Harmonics;

    /// <summary>Frames [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) as float32, cut at the
    /// recording's end (so fewer than <paramref name="count"/> frames, maybe none, near or past the end).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> or <paramref name="count"/> is negative.</exception>
    public HcqtFrames Slice(int first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int frames = Math.Max(0, Math.Min(count, Frames - first));
        var data = new float[frames * FrameValues];
        var source = Values.AsSpan(first * FrameValues, data.Length);
        for (int i = 0; i < data.Length; i++) data[i] = (float)source[i];
        return new HcqtFrames(data, frames);
    }

    /// <summary>Converts computed frames to float16.</summary>
    public static CachedHcqt From(HcqtFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var values = new Half[frames.Data.Length];
        for (int i = 0; i < values.Length; i++) values[i] = (Half)frames.Data[i];
        return new CachedHcqt(values, frames.Frames);
    }
}
