namespace Leitmotif.Core.Features;

/// <summary>Parameters of the STFT-based chroma of <see cref="Chroma"/>; the defaults give 10 frames per second.</summary>
/// <param name="SampleRate">Sample rate of the audio (Hz).</param>
/// <param name="WindowLength">Hann window length N (samples); 4410 = 200 ms at 22050 Hz, as in FMP §3.1.</param>
/// <param name="HopLength">Hop size H between frames (samples, 1..<paramref name="WindowLength"/>); 2205 = 100 ms at 22050 Hz.</param>
/// <param name="FftLength">FFT size (samples, ≥ <paramref name="WindowLength"/>); the windowed frame is zero-padded at
/// its end to this length. 8192 (a power of two, frequency spacing 2.69 Hz) is both finer than N = 4410 (5 Hz) and much
/// faster to transform.</param>
/// <param name="MinPitch">Lowest MIDI pitch pooled (21 = A0, the piano's lowest key).</param>
/// <param name="MaxPitch">Highest MIDI pitch pooled (108 = C8, the piano's highest key).</param>
/// <param name="TuningHz">Reference frequency of A4 = MIDI pitch 69 (Hz).</param>
/// <remarks>FMP §3.1.1–3.1.2 (log-frequency spectrogram, chromagram), libfmp <c>C3S1</c>.</remarks>
public sealed record ChromaOptions(
    int SampleRate = 22050,
    int WindowLength = 4410,
    int HopLength = 2205,
    int FftLength = 8192,
    int MinPitch = 21,
    int MaxPitch = 108,
    double TuningHz = 440.0)
{
    /// <summary>Frames per second (Hz): <see cref="SampleRate"/> / <see cref="HopLength"/>.</summary>
    public double FeatureRate => (double)SampleRate / HopLength;

    /// <summary>Throws if any parameter is out of range, naming the offending values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public void Validate()
    {
        if (SampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(SampleRate), $"SampleRate={SampleRate} must be positive");
        if (WindowLength <= 0) throw new ArgumentOutOfRangeException(nameof(WindowLength), $"WindowLength={WindowLength} must be positive");
        if (HopLength <= 0 || HopLength > WindowLength)
            throw new ArgumentOutOfRangeException(nameof(HopLength), $"HopLength={HopLength} must be in 1..WindowLength={WindowLength}");
        if (FftLength < WindowLength)
            throw new ArgumentOutOfRangeException(nameof(FftLength), $"FftLength={FftLength} must be at least WindowLength={WindowLength}");
        if (MinPitch < 0 || MaxPitch < MinPitch)
            throw new ArgumentOutOfRangeException(nameof(MinPitch), $"MinPitch={MinPitch}, MaxPitch={MaxPitch} must satisfy 0 <= MinPitch <= MaxPitch");
        if (!(TuningHz > 0)) throw new ArgumentOutOfRangeException(nameof(TuningHz), $"TuningHz={TuningHz} must be positive");
    }
}
