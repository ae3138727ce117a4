using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class ModelWeightsTests
{
    [Fact]
    public void EqualWeightsHaveEqualFingerprintsWhateverTheirId()
    {
        Assert.Equal(TestWeights.Random(seed: 1).Fingerprint(), (TestWeights.Random(seed: 1) with { ModelId = "other" }).Fingerprint());
    }

    [Fact]
    public void ChangingOneValueChangesTheFingerprint()
    {
        var weights = TestWeights.Random(seed: 1);
        var before = weights.Fingerprint();
        weights.Tensors["blank.bias"].Data[0] += 1e-6f;

        Assert.NotEqual(before, weights.Fingerprint());
        Assert.Matches("^[0-9a-f]{16}$", before);
    }
}
