using Leitmotif.Core.Spectral;
using TorchSharp;
using static TorchSharp.torch;

namespace Leitmotif.Core.Model;

/// <summary>The forward pass of the <see cref="ChromaNetwork"/> over a batch of equally long HCQT windows, in fp32 or bf16,
/// on the CPU or CUDA.</summary>
/// <remarks>The input goes in channels-last: the frame-major HCQT (frames, bins, harmonics) viewed as (N, harmonics, frames,
/// bins) without a copy, so libtorch's oneDNN convolutions run in their NHWC form. In one run this doubled fp32 (132 against
/// 69× real time for the same network on a contiguous NCHW copy) and made bf16 2.8× faster (394 against 138×),
/// docs/benchmarks.md. In bf16 the weights and activations are bfloat16 and the softmax is taken in fp32 on the bf16
/// logits.</remarks>
internal sealed class TorchChromaForward : IDisposable
{
    private readonly ChromaNetwork _network;
    private readonly Device _device;
    private readonly ScalarType _type;

    /// <summary>Loads <paramref name="weights"/> into an evaluation-mode network on <paramref name="device"/>.</summary>
    /// <remarks>Sets libtorch's intra-op threads to <see cref="Environment.ProcessorCount"/> (a process-wide setting).</remarks>
    internal TorchChromaForward(ModelWeights weights, InferencePrecision precision, Device device)
    {
        torch.set_num_threads(Environment.ProcessorCount);
        _device = device;
        _type = precision == InferencePrecision.Bf16 ? ScalarType.BFloat16 : ScalarType.Float32;
        _network = ChromaNetwork.FromWeights(weights);
        _network.to(_device).to(_type);
        _network.eval();
    }

    /// <summary>Where the pass runs, for status output: <c>CPU</c>, <c>CUDA</c> or <c>CUDA:index</c>.</summary>
    public string DeviceName => _device.type switch
    {
        DeviceType.CPU => "CPU",
        var type when _device.index < 0 => type.ToString(),
        var type => $"{type}:{_device.index}",
    };

    /// <summary>Windows per pass when the caller does not choose: 1 on the CPU (a chunk already keeps every core busy and
    /// batching only multiplies memory), 8 on CUDA.</summary>
    public int DefaultBatch => _device.type == DeviceType.CUDA ? 8 : 1;

    /// <summary>Class probabilities of <paramref name="batch"/> windows of <paramref name="windowFrames"/> frames.</summary>
    /// <param name="input">HCQT windows frame-major, (batch, windowFrames, 216, 6), in its first values.</param>
    /// <param name="batch">Number of windows.</param>
    /// <param name="windowFrames">Frames per window.</param>
    /// <param name="probabilities">Receives (batch, windowFrames, 13) in its first values, blank last.</param>
    public void Forward(float[] input, int batch, int windowFrames, float[] probabilities)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        long values = (long)batch * windowFrames * HcqtFrames.Bins * HcqtFrames.Harmonics;
        var frameMajor = torch.empty([batch, windowFrames, HcqtFrames.Bins, HcqtFrames.Harmonics]);
        using (var destination = frameMajor.data<float>()) destination.CopyFrom(input.AsSpan(0, checked((int)values)));
        var channelsLast = frameMajor.permute(0, 3, 1, 2).to(_device).to(_type);
        var output = _network.Logits(channelsLast).to(ScalarType.Float32).softmax(-1).cpu();
        using var result = output.data<float>();
        result.CopyTo(probabilities.AsSpan(0, batch * windowFrames * ChromaNetwork.Classes));
    }

    /// <summary>Releases the network's native parameters.</summary>
    public void Dispose() => _network.Dispose();
}
