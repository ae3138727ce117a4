using Leitmotif.Core.Corpus;
using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Training;

/// <summary>
/// The network frames (25 Hz) that one training pair's segment [start, end) covers: frame t of the segment is recording
/// frame <see cref="First"/> + t, and its targets are defined at time start + t / 25 s.
/// </summary>
/// <param name="First">First recording frame, ⌊start · 25 + ½⌋ (start rounded to the nearest frame).</param>
/// <param name="Count">Number of frames T = max(1, ⌊(end − start) · 25 + ½⌋).</param>
/// <remarks>
/// HCQT output frame i gathers the audio of [i / 25, (i + 1) / 25) s (<see cref="Hcqt"/>), so rounding the start puts the
/// first frame at most half a frame (20 ms) away from the target times, which follow the pair's own start.
/// Zalkow &amp; Müller, ISMIR 2020, §3 (25 Hz features).
/// </remarks>
public readonly record struct SegmentFrames(int First, int Count)
{
    /// <summary>The frames of <paramref name="pair"/>'s segment at <see cref="HcqtFrames.FrameRate"/>.</summary>
    /// <exception cref="ArgumentException">The segment is empty or starts before 0 s.</exception>
    public static SegmentFrames Of(TrainingPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Start < 0 || !(pair.End > pair.Start))
            throw new ArgumentException($"segment [{pair.Start}, {pair.End}) s of '{pair.Audio}' is empty or starts before 0", nameof(pair));
        int first = (int)Math.Floor(pair.Start * HcqtFrames.FrameRate + 0.5);
        int count = Math.Max(1, (int)Math.Floor((pair.End - pair.Start) * HcqtFrames.FrameRate + 0.5));
        return new SegmentFrames(first, count);
    }

    /// <summary>Time in seconds at which the targets of segment frame <paramref name="t"/> are taken: start + t / 25.</summary>
    public static double TargetTime(TrainingPair pair, int t) => pair.Start + t / HcqtFrames.FrameRate;
}
