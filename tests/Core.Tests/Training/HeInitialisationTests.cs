using Leitmotif.Core.Model;
using Leitmotif.Core.Training;
using static TorchSharp.torch;

namespace Leitmotif.Core.Tests.Training;

public class HeInitialisationTests
{
    [Fact]
    public void WeightsAreHeNormalBiasesZeroAndThePoolingFixed()
    {
        random.manual_seed(11);
        using var network = new ChromaNetwork();
        HeInitialisation.Apply(network);
        var weights = network.ToWeights("m");

        Assert.Equal(ModelLayout.PitchClassPooling().Data, weights.Tensors["pitchclass.weight"].Data);
        Assert.All(weights.Tensors.Values.Where(t => t.Name.EndsWith(".bias")), t => Assert.All(t.Data, v => Assert.Equal(0f, v)));
        float[] conv2 = weights.Tensors["conv2.weight"].Data; // fan-in 64 · 3 · 3 = 576
        double std = Math.Sqrt(conv2.Select(v => (double)v * v).Average());
        Assert.InRange(std, 0.95 * Math.Sqrt(2.0 / 576), 1.05 * Math.Sqrt(2.0 / 576));
    }
}
