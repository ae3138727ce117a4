using Leitmotif.Client.Commands;
using Leitmotif.Core;
using ScottPlot;
using SkiaSharp;

namespace Leitmotif.Client.Plots;

/// <summary>Figure files: the format is named by the extension, <c>.png</c> or <c>.svg</c>; any other is refused.</summary>
public static class PlotFile
{
    /// <summary>Throws unless <paramref name="path"/> names a PNG or SVG file in a folder that exists; call before any work.</summary>
    /// <param name="option">The option that named the file, e.g. <c>--plot</c>.</param>
    /// <exception cref="InputException">Another extension, or a missing folder.</exception>
    public static void Require(string option, string path)
    {
        _ = FormatOf(option, path);
        OutputFiles.RequireFolder(option, path);
    }

    /// <summary>Writes <paramref name="figure"/> to <paramref name="path"/> in the format its extension names.</summary>
    /// <exception cref="InputException">Another extension than <c>.png</c> or <c>.svg</c>.</exception>
    public static void Save(Multiplot figure, string path, int width, int height)
    {
        if (FormatOf("--plot", path) == ImageFormat.Png)
        {
            figure.SavePng(path, width, height);
            return;
        }
        // ScottPlot's multiplot saves only bitmaps; SkiaSharp's SVG canvas records the same drawing as vectors.
        using var file = File.Create(path);
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), file))
            figure.Render(canvas, new PixelRect(0, width, height, 0));
    }

    private static ImageFormat FormatOf(string option, string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ImageFormat.Png,
        ".svg" => ImageFormat.Svg,
        var other => throw new InputException($"{option} {path}",
            other.Length == 0 ? "has no extension; name a .png or .svg file" : $"{other} is not a figure format; use .png or .svg"),
    };
}
