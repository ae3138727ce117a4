using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>The parameters of one training run of the chroma network; defaults written once, here.</summary>
/// <param name="Target">What the network is trained against: CTC (the paper's method) or a linear or strong alignment.</param>
/// <param name="BatchSize">Segments per optimisation step (the paper does not publish it); the last batch of an epoch may be smaller.</param>
/// <param name="MaxEpochs">Epochs at most, counted over the whole run including resumed parts.</param>
/// <param name="LearningRate">Adam's initial step size (Kingma &amp; Ba 2015); the published checkpoints end at 10⁻³ / 2ᵏ.</param>
/// <param name="Beta1">Adam's first-moment decay.</param>
/// <param name="Beta2">Adam's second-moment decay.</param>
/// <param name="PlateauPatience">Epochs without a better validation loss after which the learning rate halves (P).</param>
/// <param name="EarlyStoppingPatience">Epochs without a better validation loss after which training stops (Q).</param>
/// <param name="Seed">Seeds torch's generator (initialisation), each epoch's sample and shuffle, and the pitch shifts.</param>
/// <param name="PairsPerEpoch">Training examples per epoch, a fresh seeded piece of a chain of shuffles each epoch
/// (<see cref="EpochSample"/>); 0 visits all of them every epoch.</param>
/// <param name="MaxPitchShift">Each example of an epoch is moved by a seeded whole number of semitones in ±this
/// (<see cref="PitchShift"/>); 0 turns the augmentation off.</param>
/// <param name="Precision">fp32, or bf16 mixed precision (bf16 forward and backward, fp32 master weights, optimiser and
/// loss: <see cref="MixedPrecisionNetwork"/>), fast only where the CPU has native BF16.</param>
/// <remarks>Zalkow &amp; Müller, TASLP 2021, §IV (Adam, learning rate halved on plateaus, early stopping on the validation
/// fold); design.md, "Training".</remarks>
public sealed record TrainingOptions(
    TargetKind Target = TargetKind.Ctc,
    int BatchSize = 8,
    int MaxEpochs = 100,
    double LearningRate = 1e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    int PlateauPatience = 3,
    int EarlyStoppingPatience = 10,
    int Seed = 0,
    int PairsPerEpoch = 0,
    int MaxPitchShift = 0,
    InferencePrecision Precision = InferencePrecision.Fp32)
{
    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Names the first offending option and its value.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEpochs, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate);
        if (Beta1 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Beta1), $"Beta1={Beta1} must be in [0, 1)");
        if (Beta2 is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Beta2), $"Beta2={Beta2} must be in [0, 1)");
        ArgumentOutOfRangeException.ThrowIfLessThan(PlateauPatience, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(EarlyStoppingPatience, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PairsPerEpoch);
        if (MaxPitchShift is < 0 or > ChromaNetwork.PitchClasses / 2)
            throw new ArgumentOutOfRangeException(nameof(MaxPitchShift), $"MaxPitchShift={MaxPitchShift} must be 0–6 semitones");
    }
}
