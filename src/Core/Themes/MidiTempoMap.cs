using NAudio.Midi;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Converts MIDI ticks to seconds under a file's set-tempo events (any number, in any track); 120 quarter notes per
/// minute before the first one, as the Standard MIDI File specification prescribes.
/// </summary>
/// <remarks>Standard MIDI Files 1.0 (MIDI Manufacturers Association), "Set Tempo" meta event FF 51.</remarks>
internal sealed class MidiTempoMap
{
    private const int DefaultMicrosecondsPerQuarterNote = 500_000;

    private readonly int _ticksPerQuarterNote;
    private readonly long[] _ticks;
    private readonly double[] _seconds;
    private readonly int[] _microsecondsPerQuarterNote;

    /// <summary>Builds the map from all tempo events of <paramref name="events"/>; ticks per quarter note must be positive.</summary>
    public MidiTempoMap(MidiEventCollection events, int ticksPerQuarterNote)
    {
        _ticksPerQuarterNote = ticksPerQuarterNote;
        var tempi = events.SelectMany(track => track).OfType<TempoEvent>().OrderBy(e => e.AbsoluteTime).ToList();
        _ticks = new long[tempi.Count + 1];
        _seconds = new double[tempi.Count + 1];
        _microsecondsPerQuarterNote = new int[tempi.Count + 1];
        _microsecondsPerQuarterNote[0] = DefaultMicrosecondsPerQuarterNote;
        for (int i = 1; i <= tempi.Count; i++)
        {
            _ticks[i] = tempi[i - 1].AbsoluteTime;
            _seconds[i] = Seconds(_ticks[i], i - 1);
            _microsecondsPerQuarterNote[i] = tempi[i - 1].MicrosecondsPerQuarterNote;
        }
    }

    /// <summary>Time in seconds of absolute tick <paramref name="tick"/>.</summary>
    public double Seconds(long tick)
    {
        int segment = Array.BinarySearch(_ticks, tick);
        if (segment < 0) segment = ~segment - 1;
        // Several tempo events at one tick: the last one holds from there on.
        while (segment + 1 < _ticks.Length && _ticks[segment + 1] == tick) segment++;
        return Seconds(tick, Math.Max(segment, 0));
    }

    /// <summary>The absolute tick at time <paramref name="seconds"/> (≥ 0), rounded up to a whole tick.</summary>
    public long Ticks(double seconds)
    {
        int segment = _seconds.Length - 1;
        while (segment > 0 && _seconds[segment] > seconds) segment--;
        return _ticks[segment] + (long)Math.Ceiling((seconds - _seconds[segment]) * _ticksPerQuarterNote * 1e6 / _microsecondsPerQuarterNote[segment] - 1e-9);
    }

    private double Seconds(long tick, int segment) =>
        _seconds[segment] + (double)(tick - _ticks[segment]) * _microsecondsPerQuarterNote[segment] / (_ticksPerQuarterNote * 1e6);
}
