using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Training;

/// <summary>One training example: a segment's network input and its target.</summary>
/// <param name="Input">HCQT frames of the segment, (T, 216, 6) at 25 Hz.</param>
/// <param name="Target">For <see cref="TargetKind.Ctc"/> the pitch-class sequence (<see cref="CtcTarget"/>); for the
/// alignments one label per frame, length T (<see cref="LinearAlignment"/>, <see cref="StrongAlignment"/>).</param>
public sealed record TrainingExample(HcqtFrames Input, int[] Target);
