using Leitmotif.Core.Model;
using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>Initialises a chroma network for training from scratch.</summary>
/// <remarks>
/// He et al., ICCV 2015 (He-normal: N(0, 2 / fan-in)), as Keras' <c>he_normal</c> that the paper's training used (without
/// Keras' truncation); Keras' zero bias initialisation. The pitch-class pooling is set to its fixed matrix
/// (<see cref="ModelLayout.PitchClassPooling"/>) with zero bias, and stays frozen (<see cref="ChromaNetwork"/> excludes it
/// from gradients). Zalkow &amp; Müller, ISMIR 2020, Fig. 2. Draws from a generator of its own, seeded by the caller, rather
/// than torch's global one, which any other network created meanwhile on another thread would draw from too.
/// </remarks>
public static class HeInitialisation
{
    /// <summary>Overwrites every parameter of <paramref name="network"/>: weights He-normal, biases zero, pooling fixed.</summary>
    /// <param name="network">The network.</param>
    /// <param name="seed">Seeds the weights' draws: the same seed gives the same start.</param>
    public static void Apply(ChromaNetwork network, int seed)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var generator = new Generator(unchecked((ulong)seed));
        var pooling = ModelLayout.PitchClassPooling();
        using var noGrad = no_grad();
        foreach (var (name, parameter) in network.named_parameters())
        {
            if (name == pooling.Name)
            {
                using var fixedPooling = tensor(pooling.Data, [.. pooling.Shape.Select(d => (long)d)]);
                parameter.copy_(fixedPooling);
            }
            else if (name.EndsWith(".bias", StringComparison.Ordinal))
            {
                parameter.zero_();
            }
            else
            {
                long fanIn = parameter.shape.Skip(1).Aggregate(1L, (a, b) => a * b);
                using var draws = randn(parameter.shape, generator: generator);
                using var scaled = draws.mul_(Math.Sqrt(2.0 / fanIn));
                parameter.copy_(scaled);
            }
        }
    }
}
