using Leitmotif.Core.Corpus;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Training;

/// <summary>
/// The CTC target of a training pair: the pitch classes of its notes in onset order, nothing aligned.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, ISMIR 2020, §3 (CTC loss on weakly aligned pairs); Graves et al., ICML 2006. Repeated pitch classes of
/// consecutive notes stay (C C D E → 0 0 2 4): CTC needs a blank between them, which it inserts itself. The blank class
/// (<see cref="ChromaNetwork.BlankIndex"/> = 12) never appears in a target.
/// </remarks>
public static class CtcTarget
{
    /// <summary>The pitch-class sequence of <paramref name="pair"/>'s notes.</summary>
    /// <returns>One class per note, pitch mod 12 (C = 0 … B = 11), ordered by onset (ties keep file order).</returns>
    public static int[] Of(TrainingPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return [.. pair.Notes.OrderBy(n => n.Onset).Select(n => PitchClass(n.Pitch))];
    }

    /// <summary>The fewest frames CTC can align <paramref name="target"/> to: one per label, plus a blank between each two equal
    /// neighbours. Fewer frames make the loss infinite.</summary>
    public static int MinimumFrames(IReadOnlyList<int> target)
    {
        ArgumentNullException.ThrowIfNull(target);
        int repeats = 0;
        for (int i = 1; i < target.Count; i++) if (target[i] == target[i - 1]) repeats++;
        return target.Count + repeats;
    }

    /// <summary>The pitch class of a MIDI pitch: 0–11, C = 0.</summary>
    public static int PitchClass(int midiPitch) => ((midiPitch % ChromaNetwork.PitchClasses) + ChromaNetwork.PitchClasses) % ChromaNetwork.PitchClasses;
}
