using System.Runtime.InteropServices;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class NativeHeapTests
{
    // Above glibc's largest dynamic mmap threshold (32 MiB), so glibc's defaults always serve it with its own mmap; below the
    // 64 MiB a thread's secondary arena can hold, so with mmap off it comes from an arena whatever thread asks.
    private const int BlockBytes = 40 << 20;

    [SkippableFact]
    public void ALargeBlockIsServedFromTheHeapInsteadOfItsOwnMapping()
    {
        Skip.IfNot(NativeHeap.KeepFreedBlocks(), "the C library is not glibc; NativeHeap leaves it as it is");

        var mappedBefore = MappedBytes();
        var block = Marshal.AllocHGlobal(BlockBytes);
        try
        {
            // Other threads of the test run may map or unmap meanwhile, but with mmap off none of them adds a mapping.
            Assert.True(MappedBytes() < mappedBefore + (ulong)BlockBytes,
                        $"mmapped bytes rose from {mappedBefore} to {MappedBytes()}: the block got its own mapping");
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    private static ulong MappedBytes() => (ulong)mallinfo2().hblkhd;

    [StructLayout(LayoutKind.Sequential)]
    private struct MallocInfo
    {
        public nuint arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
    }

    [DllImport("libc.so.6")]
    private static extern MallocInfo mallinfo2();
}
