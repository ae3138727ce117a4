namespace Leitmotif.Core.Model;

/// <summary>The library that runs the chroma network's forward pass.</summary>
public enum InferenceEngine
{
    /// <summary>The TorchSharp network itself (libtorch), on the CPU or a CUDA GPU; the engine used for training.</summary>
    TorchSharp,

    /// <summary>ONNX Runtime's CPU execution provider on the network exported by <see cref="ChromaOnnxExport"/>.</summary>
    OnnxRuntime,
}
