namespace Leitmotif.Abstractions.Messages;

/// <summary>How each rotation of a training job samples, augments and computes.</summary>
/// <param name="PairsPerEpoch">Training pairs per epoch, a fresh seeded piece of a chain of shuffles; 0 = all every epoch.</param>
/// <param name="ValidationPairs">Validation pairs, a seeded sample fixed for the run; 0 = all of the fold.</param>
/// <param name="MaxPitchShift">Each example moved by a seeded whole number of semitones in ±this; 0 = off.</param>
/// <param name="OtherTimbres">Also train on the corpus's renderings with other instruments (<c>corpus build --programs</c>).</param>
/// <param name="Precision"><c>fp32</c> or <c>bf16</c> (mixed precision), or null for the silo's default (bf16 where its CPU has
/// native BF16).</param>
[GenerateSerializer, Immutable]
public sealed record TrainingSettings(
    [property: Id(0)] int PairsPerEpoch,
    [property: Id(1)] int ValidationPairs,
    [property: Id(2)] int MaxPitchShift,
    [property: Id(3)] bool OtherTimbres,
    [property: Id(4)] string? Precision)
{
    /// <summary>Every pair every epoch, all validation pairs, no augmentation, the silo's default precision.</summary>
    public static TrainingSettings Plain { get; } = new(0, 0, 0, false, null);
}
