namespace Leitmotif.Core.Themes;

/// <summary>
/// Converts score positions in quarter notes to seconds under a score's tempo marks; before the first mark a given
/// tempo holds.
/// </summary>
internal sealed class ScoreTempoMap
{
    private readonly double[] _quarters;
    private readonly double[] _seconds;
    private readonly double[] _qpm;

    /// <param name="marks">Tempo marks (position in quarter notes, quarter notes per minute &gt; 0), any order; of marks
    /// at one position the last one given holds.</param>
    /// <param name="initialQpm">Tempo before the first mark, &gt; 0.</param>
    public ScoreTempoMap(IEnumerable<(double Quarters, double Qpm)> marks, double initialQpm)
    {
        var sorted = marks.Select((m, i) => (m.Quarters, m.Qpm, i)).OrderBy(m => m.Quarters).ThenBy(m => m.i).ToList();
        _quarters = new double[sorted.Count + 1];
        _seconds = new double[sorted.Count + 1];
        _qpm = new double[sorted.Count + 1];
        _qpm[0] = initialQpm;
        for (int i = 1; i <= sorted.Count; i++)
        {
            _quarters[i] = sorted[i - 1].Quarters;
            _seconds[i] = Seconds(_quarters[i], i - 1);
            _qpm[i] = sorted[i - 1].Qpm;
        }
    }

    /// <summary>Time in seconds of the position <paramref name="quarters"/> (quarter notes from the score's start).</summary>
    public double Seconds(double quarters)
    {
        int segment = _quarters.Length - 1;
        while (segment > 0 && _quarters[segment] > quarters) segment--;
        return Seconds(quarters, segment);
    }

    private double Seconds(double quarters, int segment) => _seconds[segment] + (quarters - _quarters[segment]) * 60 / _qpm[segment];
}
