using Leitmotif.Core.Spectral;
using TorchSharp;
using static TorchSharp.torch;

namespace Leitmotif.Core.Model;

/// <summary>
/// Runs the chroma network over whole recordings: chunked so memory stays bounded, with overlapping context so the result
/// equals one whole-input pass, in the precision of an <see cref="InferencePath"/>.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020, Fig. 2 (network) and Sec. 3 (chroma = the 12 pitch-class outputs, L2-normalised).
/// Calls on one instance are serialised; libtorch already uses every core through its intra-op threads.
/// </remarks>
public sealed class ChromaModel : IDisposable
{
    private const int FrameValues = HcqtFrames.Bins * HcqtFrames.Harmonics;

    private readonly TorchChromaForward _forward;
    private readonly ChromaInferenceOptions _options;
    private readonly int _chunksPerBatch;
    private readonly Lock _gate = new();
    private float[] _input = [];
    private float[] _output = [];

    /// <summary>Loads <paramref name="weights"/> in the precision of <paramref name="path"/>.</summary>
    /// <param name="weights">The model's parameters; see <see cref="ChromaNetwork.FromWeights"/>.</param>
    /// <param name="path">Precision; <c>null</c> chooses <see cref="InferencePath.ForThisMachine"/>'s default.
    /// The network runs on CUDA when <c>torch.cuda.is_available()</c>, else on the CPU.</param>
    /// <param name="options">Chunking; <c>null</c> uses the defaults of <see cref="ChromaInferenceOptions"/>.</param>
    /// <exception cref="ArgumentException">The weights do not fit the network, or the options are out of range.</exception>
    /// <remarks>Sets libtorch's intra-op threads to <see cref="Environment.ProcessorCount"/> (a
    /// process-wide setting). Zalkow &amp; Müller 2020, Fig. 2.</remarks>
    public ChromaModel(ModelWeights weights, InferencePath? path = null, ChromaInferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _options = options ?? new ChromaInferenceOptions();
        if (_options.ChunkFrames < 1 || _options.ChunksPerBatch < 1)
        {
            throw new ArgumentException(
                $"ChunkFrames={_options.ChunkFrames} and ChunksPerBatch={_options.ChunksPerBatch} must be at least 1",
                nameof(options));
        }

        Path = path ?? InferencePath.ForThisMachine();
        ModelId = weights.ModelId;
        _forward = new TorchChromaForward(weights, Path.Precision, torch.cuda.is_available() ? CUDA : CPU);
        _chunksPerBatch = _options.ChunksPerBatch ?? _forward.DefaultBatch;
    }

    /// <summary>The model's name, from <see cref="ModelWeights.ModelId"/>.</summary>
    public string ModelId { get; }

    /// <summary>The precision the network runs in.</summary>
    public InferencePath Path { get; }

    /// <summary>The device the network runs on, for status output: <c>CPU</c>, <c>CUDA</c> or <c>CUDA:index</c>.</summary>
    public string DeviceName => _forward.DeviceName;

    /// <summary>Chroma and class probabilities for a whole recording held in memory.</summary>
    /// <param name="input">HCQT frames (T, 216, 6) at 25 frames/s.</param>
    /// <returns>Probabilities (T, 13) and chroma (T, 12) at 25 frames/s.</returns>
    /// <exception cref="ArgumentException"><c>Data.Length</c> is not <c>Frames × 216 × 6</c>.</exception>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2 and Sec. 3.</remarks>
    public ModelOutput Infer(HcqtFrames input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckShape(input, input.Frames, nameof(input));
        return Run(input.Frames, (t0, t1, destination) =>
            input.Data.AsSpan(t0 * FrameValues, (t1 - t0) * FrameValues).CopyTo(destination));
    }

    /// <summary>
    /// Chroma and class probabilities for a recording whose HCQT frames are produced on demand, range by range, so the
    /// whole (T, 216, 6) array never exists at once (a one-hour recording would need 467 MB).
    /// </summary>
    /// <param name="frames">Number of frames T in the recording.</param>
    /// <param name="frameRange">Returns frames [t0, t1) of the recording's HCQT, <c>Frames = t1 − t0</c>; called once
    /// per chunk with ranges of at most <see cref="ChromaInferenceOptions.ChunkFrames"/> + 10 frames, in time order.
    /// The frames must be scaled with the recording's global dB maximum, as for a whole pass.</param>
    /// <returns>Probabilities (T, 13) and chroma (T, 12) at 25 frames/s.</returns>
    /// <exception cref="ArgumentException">A supplied range has the wrong number of frames or values.</exception>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2 and Sec. 3.</remarks>
    public ModelOutput Infer(int frames, Func<int, int, HcqtFrames> frameRange)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frames);
        ArgumentNullException.ThrowIfNull(frameRange);
        return Run(frames, (t0, t1, destination) =>
        {
            var part = frameRange(t0, t1);
            CheckShape(part, t1 - t0, nameof(frameRange));
            part.Data.AsSpan().CopyTo(destination);
        });
    }

    /// <summary>Releases the network's native parameters.</summary>
    public void Dispose() => _forward.Dispose();

    private delegate void WindowReader(int t0, int t1, Span<float> destination);

    private ModelOutput Run(int frames, WindowReader read)
    {
        var plan = ChunkPlan.Create(frames, _options.ChunkFrames, ChromaNetwork.ReceptiveFieldRadius);
        var probabilities = new float[frames * ChromaNetwork.Classes];
        lock (_gate)
        {
            for (int first = 0; first < plan.Chunks.Count; first += _chunksPerBatch)
            {
                int count = Math.Min(_chunksPerBatch, plan.Chunks.Count - first);
                RunBatch(plan.Chunks.Skip(first).Take(count).ToList(), plan.WindowFrames, read, probabilities);
            }
        }

        return new ModelOutput(probabilities, NormalisedChroma(probabilities, frames), frames);
    }

    private void RunBatch(List<ChunkPlan.Chunk> batch, int windowFrames, WindowReader read, float[] probabilities)
    {
        const int classes = ChromaNetwork.Classes;
        int windowValues = windowFrames * FrameValues;
        if (_input.Length < batch.Count * windowValues) _input = new float[batch.Count * windowValues];
        if (_output.Length < batch.Count * windowFrames * classes) _output = new float[batch.Count * windowFrames * classes];
        for (int i = 0; i < batch.Count; i++)
        {
            int start = batch[i].WindowStart;
            read(start, start + windowFrames, _input.AsSpan(i * windowValues, windowValues));
        }

        _forward.Forward(_input, batch.Count, windowFrames, _output);
        for (int i = 0; i < batch.Count; i++)
        {
            var chunk = batch[i];
            int offset = (i * windowFrames + chunk.OutputStart - chunk.WindowStart) * classes;
            _output.AsSpan(offset, (chunk.OutputEnd - chunk.OutputStart) * classes)
                .CopyTo(probabilities.AsSpan(chunk.OutputStart * classes));
        }
    }

    /// <summary>The first 12 of every 13 probabilities, L2-normalised per frame; a zero row becomes 1/√12 each.</summary>
    internal static float[] NormalisedChroma(float[] probabilities, int frames)
    {
        const int pitchClasses = ChromaNetwork.PitchClasses;
        float uniform = 1f / MathF.Sqrt(pitchClasses);
        var chroma = new float[frames * pitchClasses];
        for (int t = 0; t < frames; t++)
        {
            var p = probabilities.AsSpan(t * ChromaNetwork.Classes, pitchClasses);
            var c = chroma.AsSpan(t * pitchClasses, pitchClasses);
            double sumOfSquares = 0;
            foreach (float value in p)
            {
                sumOfSquares += (double)value * value;
            }

            float norm = (float)Math.Sqrt(sumOfSquares);
            for (int k = 0; k < pitchClasses; k++)
            {
                c[k] = norm > 0 ? p[k] / norm : uniform;
            }
        }

        return chroma;
    }

    private static void CheckShape(HcqtFrames frames, int expectedFrames, string parameterName)
    {
        if (frames.Frames != expectedFrames || frames.Data.Length != (long)expectedFrames * FrameValues)
        {
            throw new ArgumentException(
                $"HCQT has Frames={frames.Frames} and {frames.Data.Length} values; expected Frames={expectedFrames} " +
                $"and {(long)expectedFrames * FrameValues} values ({expectedFrames} × {HcqtFrames.Bins} × " +
                $"{HcqtFrames.Harmonics})", parameterName);
        }
    }
}
