using System.Globalization;
using Leitmotif.Core.Retrieval;
using ScottPlot;

namespace Leitmotif.Client.Plots;

/// <summary>
/// A theme's match in one recording, top to bottom: the theme's chroma (the matching version), the recording's chroma around
/// the best match with the matched spans marked, the warping path of each match over the same stretch, and the matching
/// function over the whole recording with the chosen match ends marked. Times in seconds, chroma rows named by pitch class.
/// </summary>
public static class MatchFigure
{
    private const int Width = 1000;
    private const int PanelHeight = 260;

    /// <summary>Context shown around the best match: at least this much, and half the match's length, on each side.</summary>
    private const double MinimumContextSeconds = 2;

    private static readonly Color MatchColour = Colors.Red;

    /// <summary>Draws <paramref name="inspection"/> and writes <paramref name="path"/> (<see cref="PlotFile"/>).</summary>
    /// <param name="inspection">The match, computed again for the figure.</param>
    /// <param name="theme">The theme's title: name, tempo factor and transposition.</param>
    /// <param name="recording">The recording's title: name and rank.</param>
    /// <param name="recordingFeatures">Frame-major stored features of the whole recording, 12 values a frame.</param>
    public static void Save(string path, MatchInspection inspection, string theme, string recording, float[] recordingFeatures)
    {
        double rate = inspection.FeatureRate;
        double recordingSeconds = inspection.MatchingFunction.Length / rate;
        var best = inspection.Matches[0].Path;
        double start = best.StartFrame / rate, end = (best.EndFrame + 1) / rate;
        double context = Math.Max(MinimumContextSeconds, (end - start) / 2);
        int firstFrame = (int)Math.Floor(Math.Max(0, start - context) * rate);
        int lastFrame = Math.Min(inspection.MatchingFunction.Length, (int)Math.Ceiling((end + context) * rate));

        var figure = new Multiplot();
        figure.AddPlots(4);
        var (themePlot, excerptPlot, pathPlot, deltaPlot) = (figure.GetPlot(0), figure.GetPlot(1), figure.GetPlot(2), figure.GetPlot(3));

        FeatureFigure.Draw(themePlot, new HeatmapPanel($"Theme {theme}", "Chroma", inspection.Query.Data, 12, rate, FeatureFigure.PitchClasses));
        themePlot.XLabel("Theme time (seconds)");

        var excerpt = recordingFeatures[(firstFrame * 12)..(lastFrame * 12)];
        FeatureFigure.Draw(excerptPlot, new HeatmapPanel($"{recording} around the best match (red: matched spans)", "Chroma", excerpt, 12, rate,
            FeatureFigure.PitchClasses, StartSeconds: firstFrame / rate));
        foreach (var (_, p) in inspection.Matches)
        {
            excerptPlot.Add.VerticalLine(p.StartFrame / rate, 2, MatchColour);
            excerptPlot.Add.VerticalLine((p.EndFrame + 1) / rate, 2, MatchColour);
        }

        DrawPaths(pathPlot, inspection, rate);
        pathPlot.Axes.SetLimits(firstFrame / rate, lastFrame / rate, 0, inspection.Query.DurationSeconds);
        figure.SharedAxes.ShareX([excerptPlot, pathPlot]);

        DrawMatchingFunction(deltaPlot, inspection, rate);
        deltaPlot.Axes.SetLimitsX(0, recordingSeconds);
        deltaPlot.XLabel("Recording time (seconds)");

        // The same margins everywhere (room for the heatmaps' colour bars), so the panels' time axes line up.
        foreach (var plot in figure.GetPlots()) plot.Layout.Fixed(new PixelPadding(70, 100, 50, 35));
        PlotFile.Save(figure, path, Width, PanelHeight * 4);
    }

    private static void DrawPaths(Plot plot, MatchInspection inspection, double rate)
    {
        foreach (var (_, path) in inspection.Matches)
        {
            // Cell (n, m) drawn at the centres of recording frame m and query frame n.
            var x = path.Cells.Select(c => (c.RecordingFrame + 0.5) / rate).ToArray();
            var y = path.Cells.Select(c => (c.QueryFrame + 0.5) / rate).ToArray();
            var line = plot.Add.Scatter(x, y, MatchColour);
            line.MarkerSize = 4;
        }
        plot.Title("Warping path (theme time against recording time)");
        plot.YLabel("Theme time (seconds)");
    }

    private static void DrawMatchingFunction(Plot plot, MatchInspection inspection, double rate)
    {
        var delta = inspection.MatchingFunction;
        int first = Array.FindIndex(delta, float.IsFinite);
        var x = Enumerable.Range(first, delta.Length - first).Select(m => (m + 0.5) / rate).ToArray();
        var y = delta[first..].Select(d => (double)d).ToArray();
        var curve = plot.Add.ScatterLine(x, y, Colors.Black);
        curve.LineWidth = 1;
        for (int i = 0; i < inspection.Matches.Count; i++)
        {
            var (matchEnd, path) = inspection.Matches[i];
            var span = plot.Add.HorizontalSpan(path.StartFrame / rate, (path.EndFrame + 1) / rate);
            span.FillColor = MatchColour.WithAlpha(0.15);
            span.LineColor = MatchColour.WithAlpha(0);
            var marker = plot.Add.Marker((matchEnd.EndFrame + 0.5) / rate, matchEnd.Cost, MarkerShape.FilledCircle, 8, MatchColour);
            marker.LegendText = "";
            var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"#{i + 1}"), (matchEnd.EndFrame + 0.5) / rate, matchEnd.Cost);
            label.LabelFontColor = MatchColour;
            label.LabelAlignment = Alignment.LowerCenter;
            label.OffsetY = -6;
        }
        plot.Title("Matching function Δ over the recording (red: chosen matches, shaded: their spans)");
        plot.YLabel("Δ (cost per path cell)");
    }
}
