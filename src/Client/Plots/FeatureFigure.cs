using ScottPlot;

namespace Leitmotif.Client.Plots;

/// <summary>Stacked heatmaps over time in seconds, grey scale (dark = high), one colour bar each, saved as PNG or SVG.</summary>
public static class FeatureFigure
{
    private const int Width = 1000;
    private const int PanelHeight = 260;

    /// <summary>Pitch-class names C … B for chroma rows.</summary>
    public static readonly string[] PitchClasses = ["C", "C♯", "D", "E♭", "E", "F", "F♯", "G", "A♭", "A", "B♭", "B"];

    /// <summary>Draws <paramref name="panels"/> top to bottom and writes <paramref name="path"/> (<see cref="PlotFile"/>).</summary>
    public static void Save(string path, IReadOnlyList<HeatmapPanel> panels)
    {
        var figure = new Multiplot();
        figure.AddPlots(panels.Count);
        for (int i = 0; i < panels.Count; i++)
        {
            Draw(figure.GetPlot(i), panels[i]);
            if (i == panels.Count - 1) figure.GetPlot(i).XLabel("Time (seconds)");
        }
        figure.SharedAxes.ShareX(figure.GetPlots());
        PlotFile.Save(figure, path, Width, PanelHeight * panels.Count);
    }

    /// <summary>Draws one panel into <paramref name="plot"/>: heatmap, colour bar, title, axis labels and limits.</summary>
    public static void Draw(Plot plot, HeatmapPanel panel)
    {
        int frames = panel.Values.Length / panel.Rows;
        var grid = new double[panel.Rows, frames];
        for (int t = 0; t < frames; t++)
            for (int r = 0; r < panel.Rows; r++)
                grid[panel.Rows - 1 - r, t] = panel.Values[t * panel.Rows + r];
        var heatmap = plot.Add.Heatmap(grid);
        heatmap.Colormap = new ScottPlot.Colormaps.GrayscaleReversed();
        double bottom = panel.FirstRowValue - panel.RowStep / 2;
        double start = panel.StartSeconds, end = start + frames / panel.FrameRate;
        heatmap.Extent = new CoordinateRect(start, end, bottom, bottom + panel.Rows * panel.RowStep);
        plot.Add.ColorBar(heatmap);
        plot.Title(panel.Title);
        plot.YLabel(panel.YLabel);
        if (panel.RowLabels != null)
        {
            var ticks = panel.RowLabels
                .Select((label, r) => (label, position: panel.FirstRowValue + r * panel.RowStep))
                .Where(x => !string.IsNullOrEmpty(x.label))
                .Select(x => new Tick(x.position, x.label!))
                .ToArray();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        }
        plot.Axes.SetLimits(start, end, bottom, bottom + panel.Rows * panel.RowStep);
    }
}
