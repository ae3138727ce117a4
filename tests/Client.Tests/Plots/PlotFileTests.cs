using System.Buffers.Binary;
using Leitmotif.Client.Plots;
using Leitmotif.Core;
using ScottPlot;

namespace Leitmotif.Client.Tests.Plots;

public sealed class PlotFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leitmotif-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("figure.png")]
    [InlineData("figure.SVG")]
    public void PngAndSvgFilesInAnExistingFolderAreAccepted(string name)
    {
        PlotFile.Require("--plot", Path.Combine(_folder, name));
    }

    [Theory]
    [InlineData("figure.jpg", ".jpg is not a figure format; use .png or .svg")]
    [InlineData("figure", "has no extension; name a .png or .svg file")]
    public void OtherExtensionsAreRefusedInOneLineNamingTheFile(string name, string reason)
    {
        var path = Path.Combine(_folder, name);

        var error = Assert.Throws<InputException>(() => PlotFile.Require("--plot", path));

        Assert.Equal($"--plot {path}: {reason}", error.Message);
    }

    [Fact]
    public void APngFigureIsAPngImageOfTheSizeAsked()
    {
        var path = Path.Combine(_folder, "figure.png");

        PlotFile.Save(Figure(), path, 300, 200);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal((300, 200), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }

    [Fact]
    public void AnSvgFigureIsAnSvgDocumentOfTheSizeAskedWithItsTextAsText()
    {
        var path = Path.Combine(_folder, "figure.svg");

        PlotFile.Save(Figure(), path, 300, 200);

        var svg = System.Xml.Linq.XDocument.Load(path).Root!;
        Assert.Equal(("svg", "300", "200"), (svg.Name.LocalName, (string?)svg.Attribute("width"), (string?)svg.Attribute("height")));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains("Matching function"));
    }

    private static Multiplot Figure()
    {
        var figure = new Multiplot();
        figure.AddPlots(2);
        figure.GetPlot(0).Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 0, 1 });
        figure.GetPlot(0).Title("Matching function");
        return figure;
    }
}
