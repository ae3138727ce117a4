namespace Leitmotif.Core.Spectral;

/// <summary>Parameters of the harmonic constant-Q transform (<see cref="Hcqt"/>); the defaults are the paper's.</summary>
/// <param name="SampleRate">Audio sample rate (Hz); 22050.</param>
/// <param name="Harmonics">Harmonic multipliers h (positive, distinct); harmonic h's CQT starts at <c>FMin · h</c>. Default
/// {0.5, 1, 2, 3, 4, 5}.</param>
/// <param name="FMin">Centre frequency (Hz) of bin 0 for h = 1; 32.7 Hz = C1.</param>
/// <param name="BinsPerOctave">CQT bins per octave; 36 (three per semitone).</param>
/// <param name="Bins">CQT bins per harmonic; 216 = 6 octaves.</param>
/// <param name="HopLength">Hop between full-rate CQT frames (samples); 256 ≈ 86.13 frames/s at 22050 Hz. Each factor
/// 2 in it allows one more octave of decimation (256 = 2^8 allows eight), which keeps low filters short.</param>
/// <param name="OutputFrameRate">Frame rate (Hz) after median reduction; 25 (one frame per 40 ms).</param>
/// <param name="DynamicRangeDb">Dynamic range (dB) kept below the global maximum; 80 (value = dB / 80 + 1, clipped to [0, 1]).</param>
/// <remarks>Zalkow &amp; Müller 2020, Sec. 3 (HCQT input); Bittner et al. 2017 (HCQT); librosa <c>cqt</c> parameters.</remarks>
public sealed record HcqtOptions(
    int SampleRate = 22050,
    IReadOnlyList<double>? Harmonics = null,
    double FMin = 32.7,
    int BinsPerOctave = 36,
    int Bins = 216,
    int HopLength = 256,
    double OutputFrameRate = 25.0,
    double DynamicRangeDb = 80.0)
{
    /// <summary>The paper's harmonics {0.5, 1, 2, 3, 4, 5}, used when <see cref="Harmonics"/> is <c>null</c>.</summary>
    public static IReadOnlyList<double> DefaultHarmonics { get; } = [0.5, 1, 2, 3, 4, 5];

    /// <summary>The harmonics in use: <see cref="Harmonics"/>, or <see cref="DefaultHarmonics"/> when that is <c>null</c>.</summary>
    public IReadOnlyList<double> HarmonicList => Harmonics ?? DefaultHarmonics;

    /// <summary>Centre frequency (Hz) of <paramref name="bin"/> in the CQT of harmonic <paramref name="harmonic"/>:
    /// <c>FMin · h · 2^(bin / BinsPerOctave)</c>.</summary>
    /// <param name="bin">Bin index, 0 ≤ bin &lt; <see cref="Bins"/>.</param>
    /// <param name="harmonic">Index into <see cref="HarmonicList"/>.</param>
    public double Frequency(int bin, int harmonic) => FMin * HarmonicList[harmonic] * Math.Pow(2, (double)bin / BinsPerOctave);

    /// <summary>Throws if any parameter is out of range, naming the offending values.</summary>
    /// <exception cref="ArgumentException">The harmonics are empty or repeat a value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or the highest bin's filter would reach
    /// the Nyquist frequency.</exception>
    public void Validate()
    {
        if (SampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(SampleRate), $"SampleRate={SampleRate} must be positive");
        if (!(FMin > 0)) throw new ArgumentOutOfRangeException(nameof(FMin), $"FMin={FMin} Hz must be positive");
        if (BinsPerOctave <= 0)
            throw new ArgumentOutOfRangeException(nameof(BinsPerOctave), $"BinsPerOctave={BinsPerOctave} must be positive");
        if (Bins <= 0) throw new ArgumentOutOfRangeException(nameof(Bins), $"Bins={Bins} must be positive");
        if (HopLength <= 0) throw new ArgumentOutOfRangeException(nameof(HopLength), $"HopLength={HopLength} must be positive");
        if (!(OutputFrameRate > 0) || OutputFrameRate > (double)SampleRate / HopLength)
        {
            throw new ArgumentOutOfRangeException(nameof(OutputFrameRate),
                $"OutputFrameRate={OutputFrameRate} Hz must be positive and at most SampleRate/HopLength={(double)SampleRate / HopLength} Hz");
        }
        if (!(DynamicRangeDb > 0))
            throw new ArgumentOutOfRangeException(nameof(DynamicRangeDb), $"DynamicRangeDb={DynamicRangeDb} must be positive");
        IReadOnlyList<double> harmonics = HarmonicList;
        if (harmonics.Count == 0) throw new ArgumentException("Harmonics must not be empty", nameof(Harmonics));
        foreach (double h in harmonics)
            if (!(h > 0)) throw new ArgumentOutOfRangeException(nameof(Harmonics), $"harmonic {h} must be positive");
        if (harmonics.Distinct().Count() != harmonics.Count)
            throw new ArgumentException($"Harmonics=[{string.Join(", ", harmonics)}] repeat a value", nameof(Harmonics));
        ConstantQ.ValidateFrequencies([FMin * harmonics.Max() * Math.Pow(2, (Bins - 1.0) / BinsPerOctave)], SampleRate, BinsPerOctave);
    }
}
