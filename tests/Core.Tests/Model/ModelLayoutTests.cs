using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class ModelLayoutTests
{
    [Fact]
    public void SixteenParametersWeightBeforeBiasPerLayer()
    {
        Assert.Equal(ModelLayout.LayerNames.SelectMany(layer => new[] { $"{layer}.weight", $"{layer}.bias" }),
                     ModelLayout.Parameters.Select(p => p.Name));
        Assert.Equal(8 * 32 * 3 * 42, ModelLayout.Parameters.Single(p => p.Name == "conv5.weight").ElementCount);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(35, 11)]
    [InlineData(36, 0)]
    [InlineData(215, 11)]
    public void PitchClassPoolingSendsEachBinToOneClass(int bin, int pitchClass)
    {
        var pooling = ModelLayout.PitchClassPooling();
        Assert.Equal([12, 216], pooling.Shape);
        var column = Enumerable.Range(0, 12).Select(c => pooling.Data[c * 216 + bin]).ToArray();
        Assert.Equal(1f, column[pitchClass]);
        Assert.Equal(1f, column.Sum());
    }

    [Fact]
    public void CompleteModelFits() => Assert.Null(ModelLayout.FindProblem(TestModels.Random("m", seed: 7)));

    [Fact]
    public void ProblemsAreNamed()
    {
        var weights = TestModels.Random("m", seed: 8);
        var tensors = weights.Tensors.ToDictionary();
        tensors["blank.weight"] = new("blank.weight", [216, 1], new float[216]);
        Assert.Equal("parameter 'blank.weight' has shape [216, 1], expected [1, 216]", ModelLayout.FindProblem(weights with { Tensors = tensors }));

        tensors = weights.Tensors.ToDictionary();
        tensors["blank.bias"] = new("blank.bias", [1], [float.NaN]);
        Assert.Equal("parameter 'blank.bias' holds non-finite values", ModelLayout.FindProblem(weights with { Tensors = tensors }));

        tensors = weights.Tensors.ToDictionary();
        tensors["extra"] = new("extra", [1], [0]);
        Assert.Equal("unexpected parameter 'extra'", ModelLayout.FindProblem(weights with { Tensors = tensors }));
    }
}
