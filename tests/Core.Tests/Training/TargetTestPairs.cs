using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Tests.Training;

/// <summary>Hand-made training pairs with known notes and times.</summary>
internal static class TargetTestPairs
{
    /// <summary>C C D E (MIDI 60 60 62 64) at beats 0, 1, 2, 3, each one beat long, over 4 s starting at 10 s.</summary>
    internal static TrainingPair Ccde(double start = 10, double end = 14, IReadOnlyList<double>? beatSeconds = null) =>
        new("a.wav", 1, "p", start, end, 1,
            [new BeatNote(0, 1, 60), new BeatNote(1, 1, 60), new BeatNote(2, 1, 62), new BeatNote(3, 1, 64)],
            beatSeconds ?? [10, 11, 12, 13, 14]);
}
