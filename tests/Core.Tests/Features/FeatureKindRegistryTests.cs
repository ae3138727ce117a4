using Leitmotif.Core.Features;

namespace Leitmotif.Core.Tests.Features;

public class FeatureKindRegistryTests
{
    [Fact]
    public void CensAndCqtAreAlwaysAvailable()
    {
        var registry = new FeatureKindRegistry();

        Assert.Equal(["cens", "cqt"], registry.Available);
        Assert.IsType<CensFeatures>(registry.Resolve("cens"));
        Assert.IsType<CqtChromaFeatures>(registry.Resolve("CQT"));
    }

    [Fact]
    public void AKindResolvesToOneSharedExtractor()
    {
        var registry = new FeatureKindRegistry();

        Assert.Same(registry.Resolve("cqt"), registry.Resolve("cqt"));
    }

    [Fact]
    public void AnUnknownKindNamesTheAvailableOnes()
    {
        var e = Assert.Throws<InputException>(() => new FeatureKindRegistry().Resolve("chroma9000"));

        Assert.Equal("--features chroma9000: unknown feature kind; available: cens, cqt", e.Message);
    }
}
