namespace Leitmotif.Abstractions.Messages;

/// <summary>The feature kinds a silo can compute.</summary>
/// <param name="Kinds">Names users can pass to <c>--features</c>.</param>
/// <param name="Default">The kind used when none is named: the best available.</param>
/// <param name="Device">Where the chroma networks run (e.g. <c>cpu</c> or <c>cuda</c>).</param>
/// <param name="Cpu">The silo CPU's vector instruction sets that choose the inference path, e.g. <c>AVX2</c> or
/// <c>AVX2 AVX-512 AVX512-BF16</c>.</param>
/// <param name="Inference">The inference engine and precision chosen by default there, e.g. <c>torchsharp-fp32</c>.</param>
/// <param name="Precisions">The precisions <c>--precision</c> may name there: <c>fp32</c>, and <c>bf16</c> where native.</param>
/// <param name="TrainingPrecisions">The precisions <c>train --precision</c> may name there: <c>fp32</c>, and <c>bf16</c> with
/// AMX-BF16 or a CUDA GPU.</param>
[GenerateSerializer, Immutable]
public sealed record FeatureKindList(
    [property: Id(0)] IReadOnlyList<string> Kinds,
    [property: Id(1)] string Default,
    [property: Id(2)] string Device,
    [property: Id(3)] string Cpu,
    [property: Id(4)] string Inference,
    [property: Id(5)] IReadOnlyList<string> Precisions,
    [property: Id(6)] IReadOnlyList<string> TrainingPrecisions);
