using System.Runtime.InteropServices;
using Google.Protobuf;
using Leitmotif.Core.Spectral;
using Onnx;

namespace Leitmotif.Core.Model;

/// <summary>
/// Writes the chroma network with given weights as an ONNX graph: the same layers as <see cref="ChromaNetwork"/>, the
/// weights as initialisers, so ONNX Runtime (or any ONNX runtime) computes what the TorchSharp network computes.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020, Fig. 2. The graph takes the HCQT frame-major, <c>hcqt</c> (N, T, 216, 6), and transposes it
/// to NCHW itself, so callers pass the frames as they are stored; it returns <c>probabilities</c> (N, T, 13), blank last.
/// The pitch-class pooling and the blank dense unit are one MatMul with their weights side by side (216 × 13): the same
/// sums as the two linear layers followed by a concatenation. ONNX operator set 17.
/// </remarks>
public static class ChromaOnnxExport
{
    /// <summary>Name of the graph's input, (N, T, 216, 6) float32.</summary>
    public const string InputName = "hcqt";

    /// <summary>Name of the graph's output, (N, T, 13) float32.</summary>
    public const string OutputName = "probabilities";

    private const int OpsetVersion = 17;
    private const long IrVersion = 8;

    private static readonly string[] ConvolutionLayers = ["conv1", "conv2", "conv3", "conv4", "conv5", "salience"];

    /// <summary>The serialised ONNX model (a <c>ModelProto</c>) of the network with <paramref name="weights"/>.</summary>
    /// <param name="weights">Parameters in <see cref="ModelLayout"/>; checked with <see cref="ModelLayout.FindProblem"/>.</param>
    /// <returns>The model's protobuf bytes, ready for <c>InferenceSession</c> or a <c>.onnx</c> file.</returns>
    /// <exception cref="ArgumentException">The weights do not fit the layout; the message names the parameter.</exception>
    public static byte[] ToOnnx(ModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (ModelLayout.FindProblem(weights) is { } problem)
            throw new ArgumentException($"Model '{weights.ModelId}': {problem}", nameof(weights));

        var graph = new GraphProto { Name = weights.ModelId };
        graph.Input.Add(Tensor(InputName, Dim("batch"), Dim("frames"), Dim(HcqtFrames.Bins), Dim(HcqtFrames.Harmonics)));
        graph.Output.Add(Tensor(OutputName, Dim("batch"), Dim("frames"), Dim(ChromaNetwork.Classes)));
        foreach (var tensor in ConvolutionLayers.SelectMany(layer => new[] { $"{layer}.weight", $"{layer}.bias" })
                     .Select(name => weights.Tensors[name]))
            graph.Initializer.Add(Initialiser(tensor.Name, tensor.Shape.Select(d => (long)d), tensor.Data));
        graph.Initializer.Add(Initialiser("classes.weight", [HcqtFrames.Bins, ChromaNetwork.Classes], ClassWeights(weights)));
        graph.Initializer.Add(Initialiser("classes.bias", [ChromaNetwork.Classes],
            [.. weights.Tensors["pitchclass.bias"].Data, .. weights.Tensors["blank.bias"].Data]));
        graph.Initializer.Add(new TensorProto
        {
            Name = "channel_axis", DataType = (int)TensorProto.Types.DataType.Int64, Dims = { 1 }, Int64Data = { 1 },
        });

        var nodes = graph.Node;
        nodes.Add(Node("Transpose", [InputName], "nchw", Ints("perm", 0, 3, 1, 2)));
        string x = "nchw";
        foreach (var (layer, padFrames, padBelow, padAbove) in new[]
                 {
                     ("conv1", 1, 1, 1), ("conv2", 1, 1, 1), ("conv3", 1, 1, 1), ("conv4", 1, 1, 1),
                     ("conv5", 1, ChromaNetwork.Conv5PadBelow, ChromaNetwork.Conv5PadAbove),
                 })
        {
            // ONNX pads are [frames begin, bins begin, frames end, bins end].
            nodes.Add(Node("Conv", [x, $"{layer}.weight", $"{layer}.bias"], layer,
                Ints("pads", padFrames, padBelow, padFrames, padAbove)));
            nodes.Add(Node("LeakyRelu", [layer], $"{layer}.act", Float("alpha", (float)ChromaNetwork.LeakyReluSlope)));
            x = $"{layer}.act";
        }
        nodes.Add(Node("Conv", [x, "salience.weight", "salience.bias"], "salience.logit"));
        nodes.Add(Node("Sigmoid", ["salience.logit"], "salience.nchw"));
        nodes.Add(Node("Squeeze", ["salience.nchw", "channel_axis"], "salience"));
        nodes.Add(Node("MatMul", ["salience", "classes.weight"], "classes.product"));
        nodes.Add(Node("Add", ["classes.product", "classes.bias"], "logits"));
        nodes.Add(Node("Softmax", ["logits"], OutputName, new AttributeProto
        {
            Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = -1,
        }));

        var model = new ModelProto
        {
            IrVersion = IrVersion, ProducerName = "Leitmotif", Graph = graph,
            OpsetImport = { new OperatorSetIdProto { Domain = "", Version = OpsetVersion } },
        };
        return model.ToByteArray();
    }

    /// <summary>The pitch-class pooling and blank weights transposed side by side: (216, 13), column 12 the blank.</summary>
    private static float[] ClassWeights(ModelWeights weights)
    {
        var pooling = weights.Tensors["pitchclass.weight"].Data;
        var blank = weights.Tensors["blank.weight"].Data;
        var joined = new float[HcqtFrames.Bins * ChromaNetwork.Classes];
        for (int bin = 0; bin < HcqtFrames.Bins; bin++)
        {
            for (int k = 0; k < ChromaNetwork.PitchClasses; k++)
                joined[bin * ChromaNetwork.Classes + k] = pooling[k * HcqtFrames.Bins + bin];
            joined[bin * ChromaNetwork.Classes + ChromaNetwork.BlankIndex] = blank[bin];
        }
        return joined;
    }

    private static TensorProto Initialiser(string name, IEnumerable<long> shape, float[] data) => new()
    {
        Name = name, DataType = (int)TensorProto.Types.DataType.Float, Dims = { shape },
        RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(data.AsSpan())),
    };

    private static NodeProto Node(string op, string[] inputs, string output, params AttributeProto[] attributes) => new()
    {
        OpType = op, Name = output, Input = { inputs }, Output = { output }, Attribute = { attributes },
    };

    private static AttributeProto Ints(string name, params long[] values) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Ints, Ints = { values } };

    private static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    private static TensorShapeProto.Types.Dimension Dim(string name) => new() { DimParam = name };

    private static TensorShapeProto.Types.Dimension Dim(long size) => new() { DimValue = size };

    private static ValueInfoProto Tensor(string name, params TensorShapeProto.Types.Dimension[] dims) => new()
    {
        Name = name,
        Type = new TypeProto
        {
            TensorType = new TypeProto.Types.Tensor
            {
                ElemType = (int)TensorProto.Types.DataType.Float, Shape = new TensorShapeProto { Dim = { dims } },
            },
        },
    };
}
