using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class FoldRotationTests
{
    [Fact]
    public void TheFiveRotationsAreThoseOfThePublishedModels()
    {
        var rotations = FoldRotation.All();
        Assert.Equal(["train123valid4", "train234valid5", "train345valid1", "train451valid2", "train512valid3"], rotations.Select(r => r.Name));
        Assert.Equal([5, 1, 2, 3, 4], rotations.Select(r => r.TestPart));
        Assert.Equal([4, 5, 1, 2, 3], rotations.Select(r => r.ValidPart));
        Assert.Equal([4, 5, 1], rotations[3].TrainParts);
    }

    [Fact]
    public void TrainValidAndTestPartsAreDisjointAndCoverEveryPart()
    {
        foreach (var rotation in FoldRotation.All())
        {
            int[] all = [.. rotation.TrainParts, rotation.ValidPart, rotation.TestPart];
            Assert.Equal(5, all.Distinct().Count());
            Assert.Equal([1, 2, 3, 4, 5], all.Order());
        }
        Assert.Equal([1, 2, 3, 4, 5], FoldRotation.All().Select(r => r.TestPart).Order()); // every part tested once
    }

    [Theory]
    [InlineData("own", TargetKind.Ctc, 0, "own_ctc_train123valid4")]
    [InlineData("mine", TargetKind.Linear, 2, "mine_linear_train345valid1")]
    [InlineData("own", TargetKind.Strong, 4, "own_strong_train512valid3")]
    public void ModelIdsCarryPrefixLossAndRotation(string prefix, TargetKind target, int index, string expected) =>
        Assert.Equal(expected, FoldRotation.Of(index).ModelId(prefix, target));

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, 5)]
    [InlineData(0, 2)]
    public void RejectsBadIndicesAndPartCounts(int index, int parts) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FoldRotation.Of(index, parts));
}
