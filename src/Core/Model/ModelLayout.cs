namespace Leitmotif.Core.Model;

/// <summary>
/// The parameter set every <see cref="ModelWeights"/> of the chroma network has: names and TorchSharp-layout shapes, in
/// network order (five 'same'-padded convolutions, the 1×1 salience convolution, the fixed pitch-class pooling 216 → 12,
/// the trained blank dense 216 → 1).
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020 / TASLP 2021 (design.md, "Signal chain"); shapes as in the published checkpoints.</remarks>
public static class ModelLayout
{
    /// <summary>Frequency bins of the network input and of the salience output: 6 octaves × 36 bins.</summary>
    public const int Bins = 216;

    /// <summary>Pitch classes of the chroma output.</summary>
    public const int PitchClasses = 12;

    /// <summary>The layers in network order; each has a <c>.weight</c> and a <c>.bias</c> parameter.</summary>
    public static IReadOnlyList<string> LayerNames { get; } =
        ["conv1", "conv2", "conv3", "conv4", "conv5", "salience", "pitchclass", "blank"];

    /// <summary>All 16 parameters in network order, weight before bias.</summary>
    public static IReadOnlyList<ParameterShape> Parameters { get; } =
    [
        new("conv1.weight", [64, 6, 3, 3]), new("conv1.bias", [64]),
        new("conv2.weight", [32, 64, 3, 3]), new("conv2.bias", [32]),
        new("conv3.weight", [32, 32, 3, 3]), new("conv3.bias", [32]),
        new("conv4.weight", [32, 32, 3, 3]), new("conv4.bias", [32]),
        new("conv5.weight", [8, 32, 3, 42]), new("conv5.bias", [8]),
        new("salience.weight", [1, 8, 1, 1]), new("salience.bias", [1]),
        new("pitchclass.weight", [PitchClasses, Bins]), new("pitchclass.bias", [PitchClasses]),
        new("blank.weight", [1, Bins]), new("blank.bias", [1]),
    ];

    /// <summary>
    /// The fixed pitch-class pooling, <c>pitchclass.weight</c> (12, 216): bin b adds to pitch class ⌊(b mod 36) / 3⌋, so bins
    /// 0–2 → C, 3–5 → C♯, …, wrapping every octave of 36 bins; its bias is zero. Never trained.
    /// </summary>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2, "chroma pooling" (design.md, "Signal chain").</remarks>
    public static NamedTensor PitchClassPooling()
    {
        const int binsPerPitchClass = 3, binsPerOctave = binsPerPitchClass * PitchClasses;
        var data = new float[PitchClasses * Bins];
        for (int bin = 0; bin < Bins; bin++) data[bin % binsPerOctave / binsPerPitchClass * Bins + bin] = 1f;
        return new NamedTensor("pitchclass.weight", [PitchClasses, Bins], data);
    }

    /// <summary>The first reason <paramref name="weights"/> does not fit this layout, as one line; null when it fits.</summary>
    /// <remarks>Checks: every parameter present under its own name, no others, shapes equal, data length = element count,
    /// all values finite.</remarks>
    public static string? FindProblem(ModelWeights weights)
    {
        foreach (var expected in Parameters)
        {
            if (!weights.Tensors.TryGetValue(expected.Name, out var tensor)) return $"parameter '{expected.Name}' is missing";
            if (tensor.Name != expected.Name) return $"parameter '{expected.Name}' is stored as '{tensor.Name}'";
            if (!tensor.Shape.SequenceEqual(expected.Shape))
                return $"parameter '{expected.Name}' has shape {Format(tensor.Shape)}, expected {Format(expected.Shape)}";
            if (tensor.Data.Length != expected.ElementCount)
                return $"parameter '{expected.Name}' has {tensor.Data.Length} values, its shape needs {expected.ElementCount}";
            if (!tensor.Data.All(float.IsFinite)) return $"parameter '{expected.Name}' holds non-finite values";
        }
        var extra = weights.Tensors.Keys.FirstOrDefault(name => !Parameters.Any(p => p.Name == name));
        return extra is null ? null : $"unexpected parameter '{extra}'";
    }

    /// <summary>A shape as <c>[a, b, c]</c>, for messages.</summary>
    public static string Format(IEnumerable<int> shape) => $"[{string.Join(", ", shape)}]";
}
