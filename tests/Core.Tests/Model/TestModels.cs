using Leitmotif.Core.Model;
using Leitmotif.Core.Model.Checkpoints;
using Leitmotif.Core.Tests.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model;

/// <summary>Synthetic chroma models for tests: seeded random weights in <see cref="ModelLayout"/>.</summary>
internal static class TestModels
{
    public static ModelWeights Random(string modelId, int seed)
    {
        var random = new Random(seed);
        return new ModelWeights(modelId, ModelLayout.Parameters.ToDictionary(
            p => p.Name,
            p => new NamedTensor(p.Name, p.Shape, [.. Enumerable.Range(0, p.ElementCount).Select(_ => (float)(random.NextDouble() * 2 - 1))])));
    }

    /// <summary>The Keras variable name of layer K's kernel or bias, as the published checkpoints spell it.</summary>
    public static string KerasName(int k, string kind) =>
        $"layer_with_weights-{k}/{(k >= 6 ? "layer/" : "")}{kind}/.ATTRIBUTES/VARIABLE_VALUE";

    /// <summary>
    /// Writes <paramref name="weights"/> as a published-style checkpoint <c>model_&lt;ID&gt;.*</c> in Keras layout (pitch-class
    /// layer without bias), with Adam slots and optimizer scalars beside the weights.
    /// </summary>
    public static void WriteCheckpoint(string folder, ModelWeights weights)
    {
        var tensors = new Dictionary<string, (long[], float[])>
        {
            ["optimizer/beta_1/.ATTRIBUTES/VARIABLE_VALUE"] = ([], [0.9f]),
            ["optimizer/learning_rate/.ATTRIBUTES/VARIABLE_VALUE"] = ([], [1e-3f]),
        };
        for (int k = 0; k < ModelLayout.LayerNames.Count; k++)
        {
            string layer = ModelLayout.LayerNames[k];
            var weight = weights.Tensors[$"{layer}.weight"];
            int[] kerasShape = KerasLayout.KerasShape(weight.Shape);
            tensors[KerasName(k, "kernel")] = (kerasShape.Select(d => (long)d).ToArray(), TorchToKeras(weight));
            tensors[KerasName(k, "kernel").Replace("/.ATTRIBUTES", "/.OPTIMIZER_SLOT/optimizer/m/.ATTRIBUTES")] =
                (kerasShape.Select(d => (long)d).ToArray(), new float[weight.Data.Length]);
            if (layer == "pitchclass") continue;
            var bias = weights.Tensors[$"{layer}.bias"];
            tensors[KerasName(k, "bias")] = ([bias.Data.Length], bias.Data);
        }
        CheckpointWriter.Bundle(PublishedModelImporter.IndexPath(folder, weights.ModelId)[..^".index".Length], tensors);
    }

    /// <summary>Inverse of the importer's mapping, written independently: keras[i, j, c, o] = torch[o, c, i, j]; dense transpose.</summary>
    private static float[] TorchToKeras(NamedTensor weight)
    {
        var keras = new float[weight.Data.Length];
        if (weight.Shape is [int outputs, int inputs])
        {
            for (int o = 0; o < outputs; o++)
                for (int i = 0; i < inputs; i++)
                    keras[i * outputs + o] = weight.Data[o * inputs + i];
            return keras;
        }
        var (oc, ic, kh, kw) = (weight.Shape[0], weight.Shape[1], weight.Shape[2], weight.Shape[3]);
        for (int o = 0; o < oc; o++)
            for (int c = 0; c < ic; c++)
                for (int i = 0; i < kh; i++)
                    for (int j = 0; j < kw; j++)
                        keras[((i * kw + j) * ic + c) * oc + o] = weight.Data[((o * ic + c) * kh + i) * kw + j];
        return keras;
    }
}
