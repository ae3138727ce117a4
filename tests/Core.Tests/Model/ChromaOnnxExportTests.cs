using Leitmotif.Core.Model;
using Onnx;

namespace Leitmotif.Core.Tests.Model;

public class ChromaOnnxExportTests
{
    [Fact]
    public void TheGraphTakesFrameMajorHcqtOfAnyLengthAndHoldsEveryConvolutionWithItsPadding()
    {
        var model = ModelProto.Parser.ParseFrom(ChromaOnnxExport.ToOnnx(TestWeights.Random(seed: 1)));

        var input = Assert.Single(model.Graph.Input);
        Assert.Equal(ChromaOnnxExport.InputName, input.Name);
        Assert.Equal(["batch", "frames", "216", "6"],
            input.Type.TensorType.Shape.Dim.Select(d => d.DimParam is { Length: > 0 } p ? p : d.DimValue.ToString()));
        Assert.Equal(ChromaOnnxExport.OutputName, Assert.Single(model.Graph.Output).Name);
        var pads = model.Graph.Node.Where(n => n.OpType == "Conv")
            .Select(n => string.Join(",", n.Attribute.SingleOrDefault(a => a.Name == "pads")?.Ints ?? [])).ToList();
        Assert.Equal(["1,1,1,1", "1,1,1,1", "1,1,1,1", "1,1,1,1", "1,20,1,21", ""], pads);
    }

    [Fact]
    public void WeightsThatDoNotFitTheNetworkAreRefusedByName()
    {
        var weights = TestWeights.Random(seed: 2);
        var tensors = weights.Tensors.Where(t => t.Key != "conv3.bias").ToDictionary();

        var error = Assert.Throws<ArgumentException>(() => ChromaOnnxExport.ToOnnx(new ModelWeights("broken", tensors)));

        Assert.Contains("'conv3.bias' is missing", error.Message);
    }
}
