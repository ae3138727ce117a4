namespace Leitmotif.Client.Plots;

/// <summary>One panel of a feature figure: a time × value heatmap.</summary>
/// <param name="Title">Panel title.</param>
/// <param name="YLabel">Label of the vertical axis.</param>
/// <param name="Values">Frame-major values: frame t, row r at <c>Values[t * Rows + r]</c>; row 0 is drawn at the bottom.</param>
/// <param name="Rows">Values per frame.</param>
/// <param name="FrameRate">Frames per second (Hz), for the time axis.</param>
/// <param name="RowLabels">Tick labels by row (null or empty entries are left unlabelled), or null for numeric ticks.</param>
/// <param name="FirstRowValue">Axis value of row 0 (e.g. MIDI pitch 24 for the lowest CQT bin).</param>
/// <param name="RowStep">Axis units per row (e.g. 1/3 semitone per CQT bin).</param>
/// <param name="StartSeconds">Time of the first frame's start (for an excerpt of a longer recording).</param>
public sealed record HeatmapPanel(
    string Title, string YLabel, float[] Values, int Rows, double FrameRate,
    IReadOnlyList<string?>? RowLabels = null, double FirstRowValue = 0, double RowStep = 1, double StartSeconds = 0);
