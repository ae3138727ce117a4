using System.Runtime.InteropServices;

namespace Leitmotif.Core.Model;

/// <summary>Keeps the native memory libtorch frees in the process heap for reuse, instead of handing it back to the kernel.</summary>
/// <remarks>libtorch allocates every tensor with <c>malloc</c>. glibc serves a block above its mmap threshold (which grows to
/// 32 MiB at most) with its own <c>mmap</c> and unmaps it at <c>free</c>, so every training step and every chunk's forward pass
/// faults its activations (hundreds of MiB) into memory afresh. On a 2-core Zen 5 half of a training epoch's time went to the
/// kernel that way. With mmap off for <c>malloc</c> and the heap trimmed only above 2 GiB free, freed blocks are reused: there
/// training ran 2.2× faster; on a Xeon the kernel time fell by two thirds at the same speed (docs/benchmarks.md, "Native
/// heap"). The price is that the process keeps its peak native memory until it exits. There is no NuGet package for this; it
/// is three <c>mallopt</c> calls.</remarks>
public static partial class NativeHeap
{
    private const int TrimThreshold = -1, TopPad = -2, MmapMax = -4;
    private const int TrimAbove = int.MaxValue, GrowBy = 512 << 20;

    /// <summary>Sets glibc's heap to keep freed blocks: no <c>mmap</c> per block, no trimming below 2 GiB free at the top, growth in
    /// 512 MiB steps. Process-wide; call once at start-up, before the first tensor.</summary>
    /// <returns>Whether the settings took: false where the C library is not glibc (another OS, or musl).</returns>
    public static bool KeepFreedBlocks()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return mallopt(MmapMax, 0) == 1 && mallopt(TrimThreshold, TrimAbove) == 1 && mallopt(TopPad, GrowBy) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "mallopt")]
    private static partial int mallopt(int parameter, int value);
}
