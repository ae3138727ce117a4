using Leitmotif.Core.Spectral;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Leitmotif.Core.Model;

/// <summary>
/// The deep chroma network: five convolutions over an HCQT, a 1 × 1 convolution with sigmoid giving a pitch salience,
/// a fixed pooling of the salience into 12 pitch classes, a trained dense unit for the blank class, and a softmax over
/// the 13 classes per frame.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller 2020, Fig. 2 (ISMIR; TASLP 2021, Fig. 3), as published in <c>ctc_chroma/models.py</c>:
/// conv 3×3→64, 3×3→32, 3×3→32, 3×3→32, 3×42→8, each with 'same' padding and LeakyReLU (slope 0.3, Keras' default),
/// then conv 1×1→1 with sigmoid. Parameter names equal <see cref="ModelWeights"/>' names, so loading is a name-by-name
/// copy. Input layout is NCHW: (N, 6 harmonics, T frames, 216 bins). Every layer computes in the input's number format
/// (float32 or bfloat16), whatever its weights are stored in.
/// </remarks>
public sealed class ChromaNetwork : nn.Module<Tensor, Tensor>
{
    /// <summary>Number of output classes per frame: 12 pitch classes (C = 0) and the blank class.</summary>
    public const int Classes = PitchClasses + 1;

    /// <summary>Number of pitch classes; output indices 0–11 (C, C♯, …, B).</summary>
    public const int PitchClasses = 12;

    /// <summary>Index of the blank (CTC epsilon) class: the last output.</summary>
    public const int BlankIndex = PitchClasses;

    /// <summary>
    /// How many frames on each side an output frame depends on (five convolutions of height 3), so chunks that overlap
    /// their neighbours by this many input frames reproduce a whole-input pass.
    /// </summary>
    public const int ReceptiveFieldRadius = 5;

    /// <summary>Negative slope of every LeakyReLU (Keras' default, 0.3).</summary>
    public const double LeakyReluSlope = 0.3;

    /// <summary>Height (frames) and width (bins) of the fifth convolution's kernel.</summary>
    internal const int Conv5Frames = 3, Conv5Bins = 42;

    /// <summary>'Same' padding of the even 42-bin kernel: the extra pad goes at the end (20 below, 21 above).</summary>
    internal const int Conv5PadBelow = (Conv5Bins - 1) / 2, Conv5PadAbove = Conv5Bins - 1 - Conv5PadBelow;

    private readonly Conv2d _conv1, _conv2, _conv3, _conv4, _conv5, _salience;
    private readonly Linear _pitchClass, _blank;

    /// <summary>Creates the network with TorchSharp's default initialisation, on the CPU, in float32.</summary>
    public ChromaNetwork() : base(nameof(ChromaNetwork))
    {
        _conv1 = nn.Conv2d(HcqtFrames.Harmonics, 64, (3, 3));
        _conv2 = nn.Conv2d(64, 32, (3, 3));
        _conv3 = nn.Conv2d(32, 32, (3, 3));
        _conv4 = nn.Conv2d(32, 32, (3, 3));
        _conv5 = nn.Conv2d(32, 8, (Conv5Frames, Conv5Bins));
        _salience = nn.Conv2d(8, 1, (1, 1));
        _pitchClass = nn.Linear(HcqtFrames.Bins, PitchClasses);
        _blank = nn.Linear(HcqtFrames.Bins, 1);
        register_module("conv1", _conv1);
        register_module("conv2", _conv2);
        register_module("conv3", _conv3);
        register_module("conv4", _conv4);
        register_module("conv5", _conv5);
        register_module("salience", _salience);
        register_module("pitchclass", _pitchClass);
        register_module("blank", _blank);
        foreach (var parameter in _pitchClass.parameters())
        {
            parameter.requires_grad = false;
        }
    }

    /// <summary>Builds a network and copies every parameter from <paramref name="weights"/> by name.</summary>
    /// <param name="weights">Exactly the parameters listed in <see cref="ModelWeights"/>, in TorchSharp shapes.</param>
    /// <returns>A CPU float32 network in training mode (call <c>eval()</c> for inference).</returns>
    /// <exception cref="ArgumentException">A tensor is missing, unknown, or its shape or length differs from the
    /// network's; the message names the tensor and both shapes.</exception>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2.</remarks>
    public static ChromaNetwork FromWeights(ModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var network = new ChromaNetwork();
        try
        {
            network.CopyFrom(weights);
            return network;
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>Pitch salience: the sigmoid output of the 1 × 1 convolution.</summary>
    /// <param name="input">HCQT, shape (N, 6, T, 216): batch, harmonics, frames, bins.</param>
    /// <returns>Salience in (0, 1), shape (N, T, 216).</returns>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2, layers up to "pitch salience".</remarks>
    public Tensor Salience(Tensor input)
    {
        using var slope = LeakyReluSlope.ToScalar();
        using var y1 = Convolve(_conv1, input, SamePadding).leaky_relu_(slope);
        using var y2 = Convolve(_conv2, y1, SamePadding).leaky_relu_(slope);
        using var y3 = Convolve(_conv3, y2, SamePadding).leaky_relu_(slope);
        using var y4 = Convolve(_conv4, y3, SamePadding).leaky_relu_(slope);
        using var y4Padded = nn.functional.pad(y4, (Conv5PadBelow, Conv5PadAbove, 1, 1));
        using var y5 = Convolve(_conv5, y4Padded, NoPadding).leaky_relu_(slope);
        using var y6 = Convolve(_salience, y5, NoPadding).sigmoid_();
        return y6.squeeze(1);
    }

    /// <summary>Class scores before the softmax: 12 pooled pitch classes, then the blank score.</summary>
    /// <param name="input">HCQT, shape (N, 6, T, 216).</param>
    /// <returns>Logits, shape (N, T, 13), blank last (index <see cref="BlankIndex"/>).</returns>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2, "chroma pooling" and "ε pooling".</remarks>
    public Tensor Logits(Tensor input)
    {
        using var salience = Salience(input);
        using var pitchClasses = Dense(_pitchClass, salience);
        using var blank = Dense(_blank, salience);
        return cat(new[] { pitchClasses, blank }, -1);
    }

    /// <summary>Class probabilities per frame: the softmax of <see cref="Logits"/>.</summary>
    /// <param name="input">HCQT, shape (N, 6, T, 216).</param>
    /// <returns>Probabilities, shape (N, T, 13), each frame summing to 1, blank last.</returns>
    /// <remarks>Zalkow &amp; Müller 2020, Fig. 2, output layer.</remarks>
    public override Tensor forward(Tensor input)
    {
        using var logits = Logits(input);
        return logits.softmax(-1);
    }

    /// <summary>The network's current parameters, copied to the CPU, as weights named <paramref name="modelId"/>.</summary>
    /// <param name="modelId">The model's name, stamped on the weights (e.g. <c>ctc_train123valid4</c>).</param>
    /// <returns>All 16 parameters in TorchSharp layout (<see cref="ModelLayout"/>); the inverse of <see cref="FromWeights"/>.</returns>
    public ModelWeights ToWeights(string modelId)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        var tensors = new Dictionary<string, NamedTensor>();
        foreach (var (name, parameter) in named_parameters())
        {
            using var values = parameter.detach().cpu().contiguous();
            tensors[name] = new NamedTensor(name, [.. parameter.shape.Select(d => (int)d)], values.data<float>().ToArray());
        }
        return new ModelWeights(modelId, tensors);
    }

    private void CopyFrom(ModelWeights weights)
    {
        var parameters = named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var unknown = weights.Tensors.Keys.Where(name => !parameters.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Model '{weights.ModelId}' has tensors the network does not know: {string.Join(", ", unknown)}",
                nameof(weights));
        }

        using var noGrad = no_grad();
        foreach (var (name, parameter) in parameters)
        {
            if (!weights.Tensors.TryGetValue(name, out var source))
            {
                throw new ArgumentException($"Model '{weights.ModelId}' lacks tensor '{name}'", nameof(weights));
            }

            long[] expected = parameter.shape;
            if (!source.Shape.Select(d => (long)d).SequenceEqual(expected))
            {
                throw new ArgumentException(
                    $"Tensor '{name}' of model '{weights.ModelId}' has shape {Format(source.Shape.Select(d => (long)d))}, " +
                    $"the network expects {Format(expected)}", nameof(weights));
            }

            long length = expected.Aggregate(1L, (a, b) => a * b);
            if (source.Data.Length != length)
            {
                throw new ArgumentException(
                    $"Tensor '{name}' of model '{weights.ModelId}' has {source.Data.Length} values, " +
                    $"its shape {Format(expected)} needs {length}", nameof(weights));
            }

            using var values = tensor(source.Data, expected);
            parameter.copy_(values);
        }
    }

    private static readonly long[] SamePadding = [1, 1], NoPadding = [0, 0];

    /// <summary>A convolution computed in the input's number format: in bf16 mixed-precision training the fp32 weights are cast
    /// on the way in (the cast is differentiable, so their gradients arrive in fp32), as autocast does, which TorchSharp lacks.</summary>
    private static Tensor Convolve(Conv2d layer, Tensor input, long[] padding)
    {
        using var weight = layer.weight!.to(input.dtype);
        using var bias = layer.bias!.to(input.dtype);
        return nn.functional.conv2d(input, weight, bias, padding: padding);
    }

    /// <summary>A dense layer computed in the input's number format, as <see cref="Convolve"/>.</summary>
    private static Tensor Dense(Linear layer, Tensor input)
    {
        using var weight = layer.weight!.to(input.dtype);
        using var bias = layer.bias!.to(input.dtype);
        return nn.functional.linear(input, weight, bias);
    }

    private static string Format(IEnumerable<long> shape) => $"({string.Join(", ", shape)})";
}
