using Leitmotif.Core.Retrieval;

namespace Leitmotif.Core.Tests.Retrieval;

public class ScoreSpreadTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 10)]
    [InlineData(3, 500)]
    public void ConfidenceIsTheBestCostsDistanceBelowTheOthersMeanInTheirStandardDeviations(int seed, int count)
    {
        var random = new Random(seed);
        var costs = Enumerable.Range(0, count).Select(_ => random.NextDouble()).ToList();
        double best = costs.Min();
        var others = costs.Where((_, i) => i != costs.IndexOf(best)).ToList();
        double mean = others.Average();
        double std = Math.Sqrt(others.Sum(c => (c - mean) * (c - mean)) / others.Count);

        var spread = costs.Aggregate(new ScoreSpread(), (s, c) => s.Add(c));

        Assert.Equal((mean - best) / std, spread.Confidence(best), 9);
    }

    [Fact]
    public void MergingSpreadsOfPartsEqualsTheSpreadOfTheWhole()
    {
        var random = new Random(4);
        var costs = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToList();
        var whole = costs.Aggregate(new ScoreSpread(), (s, c) => s.Add(c));
        var merged = costs.Take(13).Aggregate(new ScoreSpread(), (s, c) => s.Add(c))
            .Merge(costs.Skip(13).Aggregate(new ScoreSpread(), (s, c) => s.Add(c)));

        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Confidence(costs.Min()), merged.Confidence(costs.Min()), 9);
    }

    [Fact]
    public void FewerThanTwoOtherRecordingsGiveNoConfidence()
    {
        var spread = new ScoreSpread().Add(0.1).Add(0.9);

        Assert.Equal(0, spread.Confidence(0.1));
    }
}
