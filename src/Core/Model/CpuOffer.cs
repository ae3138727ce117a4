using System.Runtime.Intrinsics.X86;

namespace Leitmotif.Core.Model;

/// <summary>The vector and matrix instruction sets of this machine's CPU that decide how the chroma network is best run.</summary>
/// <param name="Avx2">AVX2 (with FMA on every CPU here).</param>
/// <param name="Avx512">AVX-512 Foundation, usable by the operating system.</param>
/// <param name="Avx512Bf16">AVX512-BF16: native bfloat16 dot products (e.g. AMD Zen 4 and 5, Intel Cooper Lake and later).</param>
/// <param name="AmxBf16">AMX-BF16: bfloat16 tile matrix multiplication (Intel Sapphire Rapids and later; no AMD CPU so far).</param>
/// <param name="Amd">Whether the CPU is AMD's (CPUID vendor <c>AuthenticAMD</c>).</param>
public sealed record CpuOffer(bool Avx2, bool Avx512, bool Avx512Bf16, bool AmxBf16 = false, bool Amd = false)
{
    /// <summary>This machine's offer, read once with CPUID (leaf 7: sub-leaf 1, EAX bit 5 for AVX512-BF16; sub-leaf 0, EDX
    /// bit 22 for AMX-BF16).</summary>
    public static CpuOffer Current { get; } = Detect();

    /// <summary>Whether the chroma network runs faster in bf16 than in fp32 here: with AMX-BF16, or with AVX512-BF16 on AMD.</summary>
    /// <remarks>Measured (docs/benchmarks.md, "bf16 without AMX on an Intel Xeon"): an AMD Zen 5 ran the network's bf16
    /// convolutions about 1.5× faster than fp32, an Intel Xeon without AMX (AVX512-BF16 only) 1.7× slower, in the same oneDNN
    /// kernels. AMD's cores issue two bf16 dot products per cycle; Intel's AVX-512 cores one, and leave bf16 to AMX.</remarks>
    public bool FastBf16 => AmxBf16 || (Avx512Bf16 && Amd);

    /// <summary>The offer as <c>status</c> prints it, e.g. <c>AVX2 AVX-512 AVX512-BF16</c>, or <c>none of AVX2/AVX-512</c>.</summary>
    public override string ToString()
    {
        var names = new[] { (Avx2, "AVX2"), (Avx512, "AVX-512"), (Avx512Bf16, "AVX512-BF16"), (AmxBf16, "AMX-BF16") }
            .Where(x => x.Item1).Select(x => x.Item2).ToList();
        return names.Count > 0 ? string.Join(' ', names) : "none of AVX2/AVX-512";
    }

    private static CpuOffer Detect()
    {
        bool avx512 = Avx512F.IsSupported;
        const int extendedFeaturesLeaf = 7, bf16Bit = 1 << 5, amxBf16Bit = 1 << 22;
        bool extended = X86Base.IsSupported && X86Base.CpuId(0, 0).Eax >= extendedFeaturesLeaf;
        bool bf16 = avx512 && extended && (X86Base.CpuId(extendedFeaturesLeaf, 1).Eax & bf16Bit) != 0;
        bool amx = extended && (X86Base.CpuId(extendedFeaturesLeaf, 0).Edx & amxBf16Bit) != 0;
        return new CpuOffer(System.Runtime.Intrinsics.X86.Avx2.IsSupported, avx512, bf16, amx, IsAmd());
    }

    private static bool IsAmd()
    {
        if (!X86Base.IsSupported) return false;
        var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
        return Vendor(ebx, ecx, edx) == "AuthenticAMD";
    }

    /// <summary>The vendor string CPUID leaf 0 spells in EBX, EDX, ECX, four ASCII bytes each, lowest first.</summary>
    internal static string Vendor(int ebx, int ecx, int edx) =>
        string.Concat(new[] { ebx, edx, ecx }.Select(r => System.Text.Encoding.ASCII.GetString(BitConverter.GetBytes(r))));
}
