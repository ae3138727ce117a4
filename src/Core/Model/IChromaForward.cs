namespace Leitmotif.Core.Model;

/// <summary>One engine's forward pass of the chroma network over a batch of equally long HCQT windows.</summary>
internal interface IChromaForward : IDisposable
{
    /// <summary>Where the pass runs, for status output: <c>CPU</c>, <c>CUDA</c> or <c>CUDA:index</c>.</summary>
    string DeviceName { get; }

    /// <summary>Windows per pass when the caller does not choose: what keeps this engine busy without wasting memory.</summary>
    int DefaultBatch { get; }

    /// <summary>Class probabilities of <paramref name="batch"/> windows of <paramref name="windowFrames"/> frames.</summary>
    /// <param name="input">HCQT windows frame-major, (batch, windowFrames, 216, 6), in its first values.</param>
    /// <param name="batch">Number of windows.</param>
    /// <param name="windowFrames">Frames per window.</param>
    /// <param name="probabilities">Receives (batch, windowFrames, 13) in its first values, blank last.</param>
    void Forward(float[] input, int batch, int windowFrames, float[] probabilities);
}
