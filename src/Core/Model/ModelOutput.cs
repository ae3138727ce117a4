namespace Leitmotif.Core.Model;

/// <summary>The chroma network's output for one recording at 25 frames/s.</summary>
/// <param name="Probabilities">Softmax output, shape (T, 13) row-major: pitch classes C…B at 0–11, blank at 12; each
/// row sums to 1.</param>
/// <param name="Chroma">The first 12 probabilities of each frame, L2-normalised per frame, shape (T, 12) row-major;
/// a zero row becomes the uniform vector (every entry 1/√12).</param>
/// <param name="Frames">Number of frames T.</param>
/// <remarks>Zalkow &amp; Müller 2020, Sec. 3 and Fig. 2: the chroma feature used for retrieval.</remarks>
public sealed record ModelOutput(float[] Probabilities, float[] Chroma, int Frames);
