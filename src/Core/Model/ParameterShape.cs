namespace Leitmotif.Core.Model;

/// <summary>The name and TorchSharp-layout shape that one parameter of the chroma network must have.</summary>
/// <param name="Name">Parameter name, e.g. <c>conv5.weight</c>.</param>
/// <param name="Shape">Dimensions, outermost first (conv kernels: out, in, kh, kw; dense weights: out, in).</param>
public sealed record ParameterShape(string Name, int[] Shape)
{
    /// <summary>Number of elements: the product of <see cref="Shape"/>.</summary>
    public int ElementCount => Shape.Aggregate(1, (product, dim) => checked(product * dim));
}
