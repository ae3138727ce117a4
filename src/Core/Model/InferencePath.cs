namespace Leitmotif.Core.Model;

/// <summary>How the chroma network runs on a machine: TorchSharp (libtorch) in one precision, on the CPU or a CUDA GPU.</summary>
/// <param name="Precision">The number format.</param>
/// <remarks>ONNX Runtime was tried as a second engine and dropped: in one run on one machine its fp32 forward ran at
/// 107–114× real time against 122–132× for TorchSharp on channels-last input (docs/benchmarks.md).</remarks>
public sealed record InferencePath(InferencePrecision Precision)
{
    /// <summary>The path as stored in feature versions and printed by <c>status</c>, e.g. <c>torchsharp-fp32</c>.</summary>
    public string Name => $"torchsharp-{NameOf(Precision)}";

    /// <summary>A precision as users type it: <c>fp32</c> or <c>bf16</c>.</summary>
    public static string NameOf(InferencePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>The precisions a machine offers: fp32 always, bf16 on a CUDA GPU or a CPU with native BF16.</summary>
    public static IReadOnlyList<InferencePrecision> Offered(CpuOffer cpu, bool cuda)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        return cuda || cpu.Avx512Bf16 ? [InferencePrecision.Fp32, InferencePrecision.Bf16] : [InferencePrecision.Fp32];
    }

    /// <summary><see cref="Offered"/> on this machine: <see cref="CpuOffer.Current"/> and TorchSharp's view of CUDA.</summary>
    public static IReadOnlyList<InferencePrecision> OfferedHere => Offered(CpuOffer.Current, TorchSharp.torch.cuda.is_available());

    /// <summary>The one-line refusal of <paramref name="precision"/> on a machine that does not offer it.</summary>
    /// <param name="precision">The precision asked for.</param>
    /// <param name="cpu">What that machine's CPU offers, as <see cref="CpuOffer.ToString"/> prints it.</param>
    public static InputException NotOffered(InferencePrecision precision, string cpu) =>
        new($"--precision {NameOf(precision)}", $"this CPU has no native BF16 (it offers {cpu}); use --precision fp32");

    /// <summary>The path for a machine with <paramref name="cpu"/> and, when <paramref name="cuda"/>, a CUDA GPU.</summary>
    /// <param name="requested">The precision asked for; <c>null</c> takes bf16 where the network runs faster in it on the CPU
    /// (<see cref="CpuOffer.FastBf16"/>), fp32 elsewhere.</param>
    /// <param name="cpu">What the CPU offers.</param>
    /// <param name="cuda">Whether TorchSharp sees a CUDA GPU; the network then runs there, in the precision asked for
    /// (default fp32).</param>
    /// <exception cref="InputException">bf16 was asked for on a CPU without native BF16 and no GPU.</exception>
    public static InferencePath Choose(InferencePrecision? requested, CpuOffer cpu, bool cuda)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        if (cuda) return new InferencePath(requested ?? InferencePrecision.Fp32);
        var precision = requested ?? (cpu.FastBf16 ? InferencePrecision.Bf16 : InferencePrecision.Fp32);
        if (!Offered(cpu, cuda).Contains(precision)) throw NotOffered(precision, cpu.ToString());
        return new InferencePath(precision);
    }

    /// <summary><see cref="Choose"/> for this machine: <see cref="CpuOffer.Current"/> and TorchSharp's view of CUDA.</summary>
    /// <exception cref="InputException">bf16 was asked for on a CPU without native BF16 and no GPU.</exception>
    public static InferencePath ForThisMachine(InferencePrecision? requested = null) =>
        Choose(requested, CpuOffer.Current, TorchSharp.torch.cuda.is_available());

    /// <summary>Reads a <c>--precision</c> value, <c>fp32</c> or <c>bf16</c> (any case); null (none given) stays null.</summary>
    /// <exception cref="InputException">Any other value.</exception>
    public static InferencePrecision? ParsePrecision(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "fp32" => InferencePrecision.Fp32,
        "bf16" => InferencePrecision.Bf16,
        _ => throw new InputException($"--precision {value}", "expected fp32 or bf16"),
    };
}
