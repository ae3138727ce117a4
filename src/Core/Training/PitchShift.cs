using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Training;

/// <summary>
/// Pitch-shift augmentation: a training example moved by whole semitones, its HCQT along the bin axis and its target by the
/// same number of pitch classes.
/// </summary>
/// <remarks>
/// One semitone is 3 bins at 36 bins per octave; every harmonic channel moves by the same number of bins, as a transposed
/// performance's would. Bins moved past either end are dropped and the bins moved in are zero (silence), rather than rolled
/// round: a roll would put the top octave's partials under the lowest notes. The blank class never moves. Each example's shift
/// in an epoch is drawn uniformly from −max … +max semitones, seeded by the run's seed, the epoch and the example.
/// </remarks>
public static class PitchShift
{
    /// <summary>HCQT bins per semitone (36 bins per octave).</summary>
    public const int BinsPerSemitone = HcqtFrames.Bins / 6 / ChromaNetwork.PitchClasses;

    /// <summary><paramref name="example"/> moved up by <paramref name="semitones"/> (down when negative).</summary>
    /// <param name="example">The example; its target holds pitch classes 0–11 and, for frame labels, the blank (12).</param>
    /// <param name="semitones">Semitones to move by; 0 returns the example itself.</param>
    public static TrainingExample Apply(TrainingExample example, int semitones)
    {
        ArgumentNullException.ThrowIfNull(example);
        if (semitones == 0) return example;
        return new TrainingExample(ShiftBins(example.Input, semitones * BinsPerSemitone), [.. example.Target.Select(c => ShiftClass(c, semitones))]);
    }

    /// <summary>The shift of example <paramref name="index"/> in epoch <paramref name="epoch"/>: −<paramref name="maxSemitones"/> …
    /// +<paramref name="maxSemitones"/>, uniform, the same for the same seed, epoch and example.</summary>
    public static int Draw(int maxSemitones, int seed, int epoch, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSemitones);
        if (maxSemitones == 0) return 0;
        return new Random(Corpus.StableSeed.Of(seed, $"pitch shift {epoch}/{index}")).Next(-maxSemitones, maxSemitones + 1);
    }

    private static int ShiftClass(int label, int semitones) =>
        label == ChromaNetwork.BlankIndex ? label : CtcTarget.PitchClass(label + semitones);

    private static HcqtFrames ShiftBins(HcqtFrames input, int bins)
    {
        const int harmonics = HcqtFrames.Harmonics, frameValues = HcqtFrames.Bins * harmonics;
        var shifted = new float[input.Data.Length];
        int kept = HcqtFrames.Bins - Math.Abs(bins);
        if (kept <= 0) return input with { Data = shifted };
        int from = Math.Max(0, -bins) * harmonics, to = Math.Max(0, bins) * harmonics;
        for (int t = 0; t < input.Frames; t++)
            Array.Copy(input.Data, t * frameValues + from, shifted, t * frameValues + to, kept * harmonics);
        return input with { Data = shifted };
    }
}
