using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class EpochSampleTests
{
    [Fact]
    public void TheSameSeedAndEpochGiveTheSameSample()
    {
        Assert.Equal(EpochSample.Indices(50, 7, seed: 3, epoch: 4), EpochSample.Indices(50, 7, seed: 3, epoch: 4));
        Assert.NotEqual(EpochSample.Indices(50, 7, seed: 3, epoch: 4), EpochSample.Indices(50, 7, seed: 4, epoch: 4));
        Assert.NotEqual(EpochSample.Indices(50, 7, seed: 3, epoch: 4), EpochSample.Indices(50, 7, seed: 3, epoch: 5));
    }

    [Theory]
    [InlineData(50, 7)]
    [InlineData(50, 10)]
    [InlineData(3, 1)]
    public void EveryExampleIsVisitedOnceWithinEachRoundOfEpochs(int count, int perEpoch)
    {
        int epochsPerRound = count / perEpoch; // whole epochs that fit in one pass over the examples
        var firstRound = Enumerable.Range(1, epochsPerRound).SelectMany(e => EpochSample.Indices(count, perEpoch, seed: 1, epoch: e)).ToList();
        Assert.Equal(firstRound.Count, firstRound.Distinct().Count());

        var enough = Enumerable.Range(1, (count + perEpoch - 1) / perEpoch)
            .SelectMany(e => EpochSample.Indices(count, perEpoch, seed: 1, epoch: e)).ToHashSet();
        Assert.Equal(Enumerable.Range(0, count), enough.Order());
    }

    [Fact]
    public void ZeroPerEpochVisitsEveryExampleEachEpochInAFreshOrder()
    {
        var first = EpochSample.Indices(20, 0, seed: 2, epoch: 1);
        var second = EpochSample.Indices(20, 0, seed: 2, epoch: 2);
        Assert.Equal(Enumerable.Range(0, 20), first.Order());
        Assert.Equal(Enumerable.Range(0, 20), second.Order());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void MorePerEpochThanExamplesTakesEachOnce()
    {
        Assert.Equal(Enumerable.Range(0, 5), EpochSample.Indices(5, 9, seed: 0, epoch: 3).Order());
    }
}
