using Leitmotif.Core.Model;
using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>Initialises a chroma network for training from scratch.</summary>
/// <remarks>
/// He et al., ICCV 2015 (He-normal: N(0, 2 / fan-in)), as Keras' <c>he_normal</c> that the paper's training used (without
/// Keras' truncation); Keras' zero bias initialisation. The pitch-class pooling is set to its fixed matrix
/// (<see cref="ModelLayout.PitchClassPooling"/>) with zero bias, and stays frozen (<see cref="ChromaNetwork"/> excludes it
/// from gradients). Zalkow &amp; Müller, ISMIR 2020, Fig. 2. Draws from torch's global generator: seed it first
/// (<c>torch.manual_seed</c>) for a reproducible start.
/// </remarks>
public static class HeInitialisation
{
    /// <summary>Overwrites every parameter of <paramref name="network"/>: weights He-normal, biases zero, pooling fixed.</summary>
    public static void Apply(ChromaNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
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
                nn.init.kaiming_normal_(parameter, mode: nn.init.FanInOut.FanIn, nonlinearity: nn.init.NonlinearityType.ReLU);
            }
        }
    }
}
