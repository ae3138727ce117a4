using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class TempoStressTests
{
    private static readonly List<string> Names = Enumerable.Range(1, 400).Select(i => $"Piece{i / 3}_Performer_{i % 3 + 1}.mid").ToList();

    [Fact]
    public void FactorsLieBetweenHalfAndDoubleAndSpanTheRange()
    {
        var factors = Names.Select(n => TempoStress.Factor(7, n)).ToList();

        Assert.All(factors, f => Assert.InRange(f, 0.5, 2));
        Assert.InRange(factors.Min(), 0.5, 0.55);
        Assert.InRange(factors.Max(), 1.9, 2);
    }

    [Fact]
    public void FactorsAreLogUniformSoSlowerAndFasterAreEquallyLikely()
    {
        // Log-uniform on [0.5, 2]: P(f < 1) = 1/2 and P(f < √2) = 3/4; uniform on [0.5, 2] would give 1/3 and 0.61.
        var factors = Names.Select(n => TempoStress.Factor(7, n)).ToList();

        Assert.InRange(factors.Count(f => f < 1) / (double)factors.Count, 0.44, 0.56);
        Assert.InRange(factors.Count(f => f < Math.Sqrt(2)) / (double)factors.Count, 0.69, 0.81);
    }

    [Fact]
    public void FactorsAreDeterministicForASeedAndDifferBetweenThemesAndSeeds()
    {
        var factors = Names.Select(n => TempoStress.Factor(7, n)).ToList();

        Assert.Equal(factors, Names.Select(n => TempoStress.Factor(7, n)));
        Assert.True(factors.Distinct().Count() > 390, $"{factors.Distinct().Count()} distinct factors of {factors.Count}");
        Assert.True(Names.Count(n => TempoStress.Factor(8, n) != TempoStress.Factor(7, n)) > 390);
    }
}
