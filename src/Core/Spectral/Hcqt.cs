using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Spectral;

/// <summary>
/// The harmonic constant-Q transform as the deep-chroma network's input: one streaming pass computes every harmonic's CQT
/// magnitudes at the full hop rate, reduces them on the fly to the output rate by the median (<see cref="MedianDownsampler"/>)
/// and tracks the global maximum (<see cref="Magnitudes"/>); scaling to dB and per-slice normalisation follow on demand
/// (<see cref="HcqtMagnitudes.ToFrames(int, int)"/>).
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020, Sec. 3 (HCQT input, 25 Hz by median filtering); Bittner et al. 2017 (HCQT); librosa <c>cqt</c>.
/// Full-rate frame k is centred on time k · hop / sampleRate s (librosa's centred frames; see <see cref="ConstantQ"/>); output
/// frame i gathers the full-rate frames with times in [i / rate, (i + 1) / rate). L &gt; 0 samples give K = 1 + ⌊L / hop⌋
/// full-rate frames and T = ⌊(K − 1) · hop · rate / sampleRate⌋ + 1 output frames (0 for an empty signal).
/// Harmonics at octave distances share filters (<see cref="HcqtMagnitudes"/>: 756 distinct for the paper's 1296 bins).
/// </remarks>
public static class Hcqt
{
    /// <summary>Phase one: the median-reduced magnitudes and global maximum of a whole recording, read block by block.</summary>
    /// <param name="audio">Mono audio at <see cref="HcqtOptions.SampleRate"/>, samples in [−1, 1].</param>
    /// <param name="options">Parameters; <c>null</c> for the paper's.</param>
    /// <param name="threads">Threads for the constant-Q filters (<see cref="ConstantQ.Transform"/>); 0 for one per core.</param>
    /// <exception cref="ArgumentException">The stream's sample rate differs from the options', or the options are invalid.</exception>
    public static HcqtMagnitudes Magnitudes(MonoAudioStream audio, HcqtOptions? options = null, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(audio);
        options ??= new HcqtOptions();
        options.Validate();
        var layout = new HcqtLayout(options);
        var cqt = new ConstantQ(layout.Frequencies, options.SampleRate, options.HopLength, options.BinsPerOctave);
        var result = new HcqtMagnitudes(options, layout);
        var reducer = new MedianDownsampler(layout.Frequencies.Count, options.SampleRate, options.HopLength, options.OutputFrameRate,
            (_, medians) => result.Append(medians));
        float max = 0;
        cqt.Transform(audio, (k, magnitudes) =>
        {
            foreach (float m in magnitudes) max = Math.Max(max, m);
            reducer.Add(k, magnitudes);
        }, threads);
        reducer.Complete();
        result.GlobalMax = max;
        return result;
    }

    /// <summary>Both phases: the network input (T, 216, 6) of a whole recording.</summary>
    /// <inheritdoc cref="Magnitudes"/>
    public static HcqtFrames Compute(MonoAudioStream audio, HcqtOptions? options = null) => Magnitudes(audio, options).ToFrames();
}
