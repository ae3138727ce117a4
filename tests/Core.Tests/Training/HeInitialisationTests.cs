using Leitmotif.Core.Model;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class HeInitialisationTests
{
    [Fact]
    public void WeightsAreHeNormalBiasesZeroAndThePoolingFixed()
    {
        using var network = new ChromaNetwork();
        HeInitialisation.Apply(network, seed: 11);
        var weights = network.ToWeights("m");

        Assert.Equal(ModelLayout.PitchClassPooling().Data, weights.Tensors["pitchclass.weight"].Data);
        Assert.All(weights.Tensors.Values.Where(t => t.Name.EndsWith(".bias")), t => Assert.All(t.Data, v => Assert.Equal(0f, v)));
        float[] conv2 = weights.Tensors["conv2.weight"].Data; // fan-in 64 · 3 · 3 = 576
        double std = Math.Sqrt(conv2.Select(v => (double)v * v).Average());
        Assert.InRange(std, 0.95 * Math.Sqrt(2.0 / 576), 1.05 * Math.Sqrt(2.0 / 576));
        float[] blank = weights.Tensors["blank.weight"].Data; // fan-in 216
        Assert.InRange(Math.Sqrt(blank.Select(v => (double)v * v).Average()), 0.8 * Math.Sqrt(2.0 / 216), 1.2 * Math.Sqrt(2.0 / 216));
    }

    [Fact]
    public void TheSameSeedGivesTheSameStartWhateverElseDrawsMeanwhile()
    {
        using var first = new ChromaNetwork();
        HeInitialisation.Apply(first, seed: 3);
        using var unrelated = new ChromaNetwork(); // draws from torch's global generator
        using var second = new ChromaNetwork();
        HeInitialisation.Apply(second, seed: 3);
        using var other = new ChromaNetwork();
        HeInitialisation.Apply(other, seed: 4);

        Assert.Equal(first.ToWeights("m").Tensors["conv1.weight"].Data, second.ToWeights("m").Tensors["conv1.weight"].Data);
        Assert.NotEqual(first.ToWeights("m").Tensors["conv1.weight"].Data, other.ToWeights("m").Tensors["conv1.weight"].Data);
    }
}
