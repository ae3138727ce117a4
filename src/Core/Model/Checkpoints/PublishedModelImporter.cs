using System.Text.RegularExpressions;

namespace Leitmotif.Core.Model.Checkpoints;

/// <summary>
/// Imports one of the published Keras chroma models (<c>model_&lt;ID&gt;.index</c> + <c>.data-00000-of-00001</c>) into
/// <see cref="ModelWeights"/>: takes the variables <c>layer_with_weights-K/[layer/]kernel|bias/.ATTRIBUTES/VARIABLE_VALUE</c>
/// (<c>layer/</c> for TimeDistributed-wrapped dense layers), K = 0…7 in <see cref="ModelLayout.LayerNames"/> order, and
/// re-orders kernels into TorchSharp layout. Optimizer slots, optimizer hyper-parameters and the object graph are skipped.
/// </summary>
/// <remarks>
/// Variable naming: TensorFlow object-based checkpoints (<c>tf.train.Checkpoint</c>, Keras <c>Model.save_weights</c> in TF
/// format). The pitch-class layer (K = 6) is a bias-free Dense whose kernel holds the fixed 0/1 pooling; it gets a zero
/// bias. Checkpoints: Zalkow &amp; Müller, ISMIR 2020 / TASLP 2021, accompanying repository (ctc_chroma).
/// </remarks>
public static partial class PublishedModelImporter
{
    /// <summary>File-name prefix of published checkpoints: <c>model_&lt;ID&gt;.index</c>.</summary>
    public const string FilePrefix = "model_";

    /// <summary>The layer whose Keras Dense has no bias (<c>use_bias=False</c>) and gets a zero one.</summary>
    private const string BiasFreeLayer = "pitchclass";

    /// <summary>The index file of model <paramref name="modelId"/> in <paramref name="folder"/>.</summary>
    public static string IndexPath(string folder, string modelId) => Path.Combine(folder, $"{FilePrefix}{modelId}.index");

    /// <summary>Reads, checks and converts the published checkpoint of <paramref name="modelId"/>.</summary>
    /// <param name="folder">Folder holding <c>model_&lt;ID&gt;.index</c> and its data file.</param>
    /// <param name="modelId">Model ID, e.g. <c>v2_ctc_train345valid1</c>; becomes <see cref="ModelWeights.ModelId"/>.</param>
    /// <returns>All <see cref="ModelLayout.Parameters"/>, TorchSharp layout, finite values.</returns>
    /// <exception cref="InputException">Missing or corrupt files, a missing variable, or a shape that does not fit; the
    /// message names the file and what is wrong.</exception>
    public static ModelWeights Import(string folder, string modelId)
    {
        var bundle = TensorBundle.Open(IndexPath(folder, modelId));
        var variables = LayerVariables(bundle);
        var tensors = new Dictionary<string, NamedTensor>();
        for (int k = 0; k < ModelLayout.LayerNames.Count; k++)
        {
            string layer = ModelLayout.LayerNames[k];
            var weightShape = ModelLayout.Parameters.Single(p => p.Name == $"{layer}.weight").Shape;
            var biasShape = ModelLayout.Parameters.Single(p => p.Name == $"{layer}.bias").Shape;

            string kernelName = variables.GetValueOrDefault((k, "kernel"))
                ?? throw new InputException(bundle.IndexPath, $"no kernel for layer_with_weights-{k} ({layer})");
            float[] kernel = ReadChecked(bundle, kernelName, KerasLayout.KerasShape(weightShape), layer);
            tensors[$"{layer}.weight"] = new($"{layer}.weight", weightShape, KerasLayout.KernelToTorch(kernel, weightShape));

            string? biasName = variables.GetValueOrDefault((k, "bias"));
            float[] bias = biasName is not null ? ReadChecked(bundle, biasName, biasShape, layer)
                : layer == BiasFreeLayer ? new float[biasShape[0]]
                : throw new InputException(bundle.IndexPath, $"no bias for layer_with_weights-{k} ({layer})");
            tensors[$"{layer}.bias"] = new($"{layer}.bias", biasShape, bias);
        }

        var weights = new ModelWeights(modelId, tensors);
        if (ModelLayout.FindProblem(weights) is { } problem) throw new InputException(bundle.IndexPath, problem);
        return weights;
    }

    /// <summary>Layer variables by (K, kernel|bias) → checkpoint name; rejects more weighted layers than the network has.</summary>
    private static Dictionary<(int Layer, string Kind), string> LayerVariables(TensorBundle bundle)
    {
        var variables = new Dictionary<(int, string), string>();
        foreach (string name in bundle.Entries.Keys)
        {
            var match = LayerVariable().Match(name);
            if (!match.Success) continue; // optimizer slots and state, save counter, object graph
            int k = int.Parse(match.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (k >= ModelLayout.LayerNames.Count)
                throw new InputException(bundle.IndexPath, $"variable '{name}': the network has only {ModelLayout.LayerNames.Count} weighted layers");
            if (!variables.TryAdd((k, match.Groups["kind"].Value), name))
                throw new InputException(bundle.IndexPath, $"variables '{variables[(k, match.Groups["kind"].Value)]}' and '{name}' both claim one parameter");
        }
        return variables;
    }

    private static float[] ReadChecked(TensorBundle bundle, string name, int[] kerasShape, string layer)
    {
        var entry = bundle.Entries[name];
        if (!entry.Shape.SequenceEqual(kerasShape.Select(d => (long)d)))
            throw new InputException(bundle.IndexPath,
                $"'{name}' has shape [{string.Join(", ", entry.Shape)}], expected {ModelLayout.Format(kerasShape)} for {layer}");
        return bundle.ReadFloat32(name);
    }

    [GeneratedRegex(@"^layer_with_weights-(?<k>\d{1,9})/(?:layer/)?(?<kind>kernel|bias)/\.ATTRIBUTES/VARIABLE_VALUE$")]
    private static partial Regex LayerVariable();
}
