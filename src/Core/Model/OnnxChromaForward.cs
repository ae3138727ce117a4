using Leitmotif.Core.Spectral;
using Microsoft.ML.OnnxRuntime;

namespace Leitmotif.Core.Model;

/// <summary>The forward pass on ONNX Runtime's CPU provider, in fp32, over the graph of <see cref="ChromaOnnxExport"/>.</summary>
/// <remarks>All graph optimisations are on (ONNX Runtime fuses each convolution with its activation); one intra-op thread per
/// core; input and output are bound to the caller's arrays, so a pass copies nothing.</remarks>
internal sealed class OnnxChromaForward : IChromaForward
{
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private static readonly string[] InputNames = [ChromaOnnxExport.InputName];
    private static readonly string[] OutputNames = [ChromaOnnxExport.OutputName];

    /// <summary>Exports <paramref name="weights"/> to ONNX and opens a session on it.</summary>
    internal OnnxChromaForward(ModelWeights weights)
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Environment.ProcessorCount,
        };
        _session = new InferenceSession(ChromaOnnxExport.ToOnnx(weights), options);
    }

    /// <inheritdoc />
    public string DeviceName => "CPU";

    /// <inheritdoc />
    public int DefaultBatch => 1;

    /// <inheritdoc />
    public void Forward(float[] input, int batch, int windowFrames, float[] probabilities)
    {
        int inputValues = batch * windowFrames * HcqtFrames.Bins * HcqtFrames.Harmonics;
        int outputValues = batch * windowFrames * ChromaNetwork.Classes;
        using var hcqt = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance,
            input.AsMemory(0, inputValues), [batch, windowFrames, HcqtFrames.Bins, HcqtFrames.Harmonics]);
        using var output = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance,
            probabilities.AsMemory(0, outputValues), [batch, windowFrames, ChromaNetwork.Classes]);
        _session.Run(_run, InputNames, [hcqt], OutputNames, [output]);
    }

    /// <summary>Releases the session.</summary>
    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }
}
