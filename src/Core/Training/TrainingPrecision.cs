using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>The number format training runs in on a machine, and the memory layout of its input batches there.</summary>
/// <remarks>Measured with the same steps on two CPUs (docs/benchmarks.md, "Training at scale"). On an Intel Xeon with AMX,
/// bf16 mixed precision on channels-last input trained about 7× faster than fp32, and its losses matched fp32's within
/// 0.1 %. On an AMD Zen 5, which has AVX512-BF16 but no AMX, libtorch's bf16 backward pass ran 11× slower on channels-last
/// input than on NCHW, and on either layout the validation loss after 12 steps was 35 % above fp32's. So bf16 training is
/// offered only where the CPU has AMX-BF16 (or on a CUDA GPU), and is the default there.</remarks>
public static class TrainingPrecision
{
    /// <summary>The precisions training may use: fp32 always, bf16 with AMX-BF16 or on a CUDA GPU.</summary>
    public static IReadOnlyList<InferencePrecision> Offered(CpuOffer cpu, bool cuda)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        return cuda || cpu.AmxBf16 ? [InferencePrecision.Fp32, InferencePrecision.Bf16] : [InferencePrecision.Fp32];
    }

    /// <summary><see cref="Offered"/> on this machine.</summary>
    public static IReadOnlyList<InferencePrecision> OfferedHere => Offered(CpuOffer.Current, TorchSharp.torch.cuda.is_available());

    /// <summary>The one-line refusal of bf16 training on a machine that does not offer it.</summary>
    /// <param name="cpu">What that machine's CPU offers, as <see cref="CpuOffer.ToString"/> prints it.</param>
    public static InputException NotOffered(string cpu) =>
        new("--precision bf16", $"bf16 training needs AMX-BF16 (this CPU offers {cpu}): without it libtorch's bf16 backward pass " +
                                "ran slower than fp32 and trained to a worse loss; use --precision fp32");

    /// <summary>The precision a training run uses.</summary>
    /// <param name="requested">The precision asked for, or null for the machine's default: bf16 where it is offered on the
    /// CPU, else fp32.</param>
    /// <param name="cpu">What the CPU offers.</param>
    /// <param name="cuda">Whether TorchSharp sees a CUDA GPU.</param>
    /// <exception cref="InputException">bf16 was asked for where it is not offered.</exception>
    public static InferencePrecision Choose(InferencePrecision? requested, CpuOffer cpu, bool cuda)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        var precision = requested ?? (cpu.AmxBf16 ? InferencePrecision.Bf16 : InferencePrecision.Fp32);
        if (!Offered(cpu, cuda).Contains(precision)) throw NotOffered(cpu.ToString());
        return precision;
    }

    /// <summary><see cref="Choose"/> for this machine.</summary>
    /// <exception cref="InputException">bf16 was asked for where it is not offered.</exception>
    public static InferencePrecision ForThisMachine(InferencePrecision? requested) =>
        Choose(requested, CpuOffer.Current, TorchSharp.torch.cuda.is_available());

    /// <summary>Whether batches in <paramref name="precision"/> go to the network in channels-last memory (a view, no copy)
    /// rather than as a contiguous NCHW copy: only bf16 with AMX-BF16, where oneDNN's channels-last kernels were fastest.
    /// Elsewhere libtorch's convolution backward on channels-last input ran 11× (bf16 without AMX) to 100× (fp32) slower.</summary>
    public static bool ChannelsLast(InferencePrecision precision, CpuOffer cpu)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        return precision == InferencePrecision.Bf16 && cpu.AmxBf16;
    }
}
