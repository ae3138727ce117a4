namespace Leitmotif.Core.Model;

/// <summary>One float32 tensor of a model, row-major (C order).</summary>
/// <param name="Name">Parameter name in the project's (TorchSharp) naming, e.g. <c>conv1.weight</c>.</param>
/// <param name="Shape">Dimensions, outermost first; TorchSharp layout (conv kernels: out, in, kh, kw).</param>
/// <param name="Data">Values in row-major order; length = product of <paramref name="Shape"/>.</param>
public sealed record NamedTensor(string Name, int[] Shape, float[] Data);
