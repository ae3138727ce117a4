namespace Leitmotif.Core.Features;

/// <summary>Parameters of <see cref="Cens"/>; the defaults turn 10 Hz chroma into 5 Hz CENS.</summary>
/// <param name="SmoothingLength">Length ℓ of the Hann smoothing window (chroma frames); 21 frames = 2.1 s at 10 Hz.</param>
/// <param name="Downsampling">Downsampling factor d (≥ 1): the feature rate is divided by it; 2 turns 10 Hz into 5 Hz.</param>
/// <param name="NormThreshold">Norms at or below this (of the L1-normalised input and of the smoothed frames) count as
/// silence and give the uniform vector; 1e-4 as in libfmp.</param>
/// <remarks>FMP §7.2.1 (CENS), libfmp <c>C7S2</c> <c>compute_cens_from_chromagram</c>; libfmp's defaults are ℓ = 41,
/// d = 10 (1 Hz), the design's matching experiments use 5 Hz.</remarks>
public sealed record CensOptions(int SmoothingLength = 21, int Downsampling = 2, double NormThreshold = 1e-4)
{
    /// <summary>Throws if any parameter is out of range, naming the offending values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public void Validate()
    {
        if (SmoothingLength <= 0)
            throw new ArgumentOutOfRangeException(nameof(SmoothingLength), $"SmoothingLength={SmoothingLength} must be positive");
        if (Downsampling <= 0) throw new ArgumentOutOfRangeException(nameof(Downsampling), $"Downsampling={Downsampling} must be positive");
        if (!(NormThreshold >= 0))
            throw new ArgumentOutOfRangeException(nameof(NormThreshold), $"NormThreshold={NormThreshold} must be non-negative");
    }
}
