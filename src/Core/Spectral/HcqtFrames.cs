namespace Leitmotif.Core.Spectral;

/// <summary>
/// Network input: HCQT frames at 25 frames/s, shape (T, 216, 6) in C order — element (t, bin, harmonic) is
/// <c>Data[(t * Bins + bin) * Harmonics + harmonic]</c> — dB-scaled to [0, 1] and L2-normalised per (frame, harmonic).
/// </summary>
/// <param name="Data">Frame-major values, length <c>Frames × Bins × Harmonics</c>.</param>
/// <param name="Frames">Number of frames T.</param>
public sealed record HcqtFrames(float[] Data, int Frames)
{
    /// <summary>CQT bins per harmonic: 6 octaves × 36 bins.</summary>
    public const int Bins = 216;

    /// <summary>Harmonics 0.5, 1, 2, 3, 4, 5.</summary>
    public const int Harmonics = 6;

    /// <summary>Frames per second (Hz) after median reduction.</summary>
    public const double FrameRate = 25.0;
}
