namespace Leitmotif.Core.Training;

/// <summary>What a model is trained against, and so which loss applies.</summary>
/// <remarks>Zalkow &amp; Müller, TASLP 2021, §V: CTC on weakly aligned pairs versus cross-entropy on linear or strong alignments.</remarks>
public enum TargetKind
{
    /// <summary>The unaligned pitch-class sequence (<see cref="CtcTarget"/>), CTC loss (<see cref="CtcLossFunction"/>).</summary>
    Ctc,

    /// <summary>Frame labels from a linear alignment (<see cref="LinearAlignment"/>), cross-entropy (<see cref="FrameCrossEntropy"/>).</summary>
    Linear,

    /// <summary>Frame labels from note-level timing (<see cref="StrongAlignment"/>), cross-entropy (<see cref="FrameCrossEntropy"/>).</summary>
    Strong,
}
