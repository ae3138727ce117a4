using System.Diagnostics;

namespace Leitmotif.Benchmarks;

/// <summary>Wall time, allocation and peak memory of one piece of work.</summary>
public static class Measure
{
    /// <summary>Wall time of the last <see cref="Run{T}"/>.</summary>
    public static TimeSpan LastElapsed { get; private set; }

    /// <summary>Runs <paramref name="work"/> once and prints its figures under <paramref name="label"/>.</summary>
    public static T Run<T>(string label, Func<T> work)
    {
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        LastElapsed = clock.Elapsed;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{label}: {clock.Elapsed.TotalSeconds:0.000} s, allocated {allocated / 1048576.0:0.0} MiB, " +
                          $"process peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB");
        return result;
    }
}
