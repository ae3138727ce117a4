using Leitmotif.Core.Spectral;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

/// <summary>A learnable task on HCQT-like input: each frame's energy sits in the bins of one pitch class.</summary>
internal static class SyntheticExamples
{
    /// <summary>
    /// <paramref name="count"/> examples of <paramref name="frames"/> frames: two pitch classes (seeded), the first on the
    /// first half of the frames, the second on the rest. Targets of <paramref name="kind"/>: [a, b] for CTC, else frame labels.
    /// </summary>
    internal static List<TrainingExample> Create(TargetKind kind, int count, int frames, int seed)
    {
        var random = new Random(seed);
        var examples = new List<TrainingExample>();
        for (int i = 0; i < count; i++)
        {
            int a = random.Next(12), b = (a + 1 + random.Next(11)) % 12;
            int[] labels = [.. Enumerable.Range(0, frames).Select(t => t < frames / 2 ? a : b)];
            examples.Add(new TrainingExample(Frames(labels), kind == TargetKind.Ctc ? [a, b] : labels));
        }
        return examples;
    }

    /// <summary>(T, 216, 6): in frame t, every bin of pitch class labels[t] (bins with ⌊(b mod 36) / 3⌋ = class) is 1/√18
    /// in every harmonic, all other bins 0 — an L2-normalised slice.</summary>
    internal static HcqtFrames Frames(int[] labels)
    {
        const int bins = HcqtFrames.Bins, harmonics = HcqtFrames.Harmonics;
        var data = new float[labels.Length * bins * harmonics];
        float value = 1 / MathF.Sqrt(18);
        for (int t = 0; t < labels.Length; t++)
            for (int b = 0; b < bins; b++)
                if (b % 36 / 3 == labels[t])
                    for (int h = 0; h < harmonics; h++) data[(t * bins + b) * harmonics + h] = value;
        return new HcqtFrames(data, labels.Length);
    }
}
