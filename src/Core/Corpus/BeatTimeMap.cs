using Leitmotif.Core.Demo;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Maps musical time between a score and one performance through their shared annotated beats: a beat position
/// (fractional beat index, beat i = the i-th annotated beat) ↔ score seconds ↔ performance seconds, interpolating
/// linearly between consecutive annotated beats.
/// </summary>
/// <remarks>Weakly aligned score–audio pairs from beat annotations: Zalkow &amp; Müller, ISMIR 2020, §4; ASAP (Foscarin et al., ISMIR 2020).</remarks>
public sealed class BeatTimeMap
{
    private readonly double[] _scoreSeconds;
    private readonly double[] _performanceSeconds;

    /// <summary>Builds the map from the times of the same beats in the score and in the performance.</summary>
    /// <param name="scoreSeconds">Beat times in the score MIDI file, seconds, strictly increasing.</param>
    /// <param name="performanceSeconds">The same beats' times in the performance, seconds, strictly increasing.</param>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two beats, or times that do not increase.</exception>
    public BeatTimeMap(IReadOnlyList<double> scoreSeconds, IReadOnlyList<double> performanceSeconds)
    {
        ArgumentNullException.ThrowIfNull(scoreSeconds);
        ArgumentNullException.ThrowIfNull(performanceSeconds);
        if (scoreSeconds.Count != performanceSeconds.Count)
            throw new ArgumentException($"score has {scoreSeconds.Count} beats, performance {performanceSeconds.Count}", nameof(performanceSeconds));
        if (scoreSeconds.Count < 2) throw new ArgumentException($"{scoreSeconds.Count} beats; at least 2 are needed", nameof(scoreSeconds));
        _scoreSeconds = [.. scoreSeconds];
        _performanceSeconds = [.. performanceSeconds];
        RequireIncreasing(_scoreSeconds, nameof(scoreSeconds));
        RequireIncreasing(_performanceSeconds, nameof(performanceSeconds));
    }

    /// <summary>Number of annotated beats; positions run from 0 to <see cref="BeatCount"/> − 1.</summary>
    public int BeatCount => _scoreSeconds.Length;

    /// <summary>Builds the map from a score's and a performance's annotation files.</summary>
    /// <exception cref="InputException">The two files annotate different numbers of beats (named by the performance file).</exception>
    public static BeatTimeMap FromAnnotations(BeatAnnotations score, BeatAnnotations performance)
    {
        if (score.Beats.Count != performance.Beats.Count)
            throw new InputException(performance.Source, $"annotates {performance.Beats.Count} beats, the score {score.Beats.Count}");
        return new BeatTimeMap(score.Seconds, performance.Seconds);
    }

    /// <summary>Time in the performance of a beat position.</summary>
    /// <param name="beat">Fractional beat index in [0, <see cref="BeatCount"/> − 1].</param>
    /// <returns>Seconds from the start of the performance.</returns>
    public double PerformanceSeconds(double beat) => Interpolate(_performanceSeconds, beat);

    /// <summary>Time in the score MIDI file of a beat position.</summary>
    /// <param name="beat">Fractional beat index in [0, <see cref="BeatCount"/> − 1].</param>
    /// <returns>Seconds of the score MIDI file (under its tempo map).</returns>
    public double ScoreSeconds(double beat) => Interpolate(_scoreSeconds, beat);

    /// <summary>Beat position of a time in the score MIDI file.</summary>
    /// <param name="scoreSeconds">Seconds of the score MIDI file, between its first and last annotated beat.</param>
    /// <returns>Fractional beat index.</returns>
    public double ScoreBeat(double scoreSeconds)
    {
        if (scoreSeconds < _scoreSeconds[0] || scoreSeconds > _scoreSeconds[^1])
            throw new ArgumentOutOfRangeException(nameof(scoreSeconds), scoreSeconds,
                $"outside the annotated beats ({_scoreSeconds[0]} s to {_scoreSeconds[^1]} s)");
        int i = Array.BinarySearch(_scoreSeconds, scoreSeconds);
        if (i >= 0) return i;
        i = Math.Min(~i - 1, _scoreSeconds.Length - 2);
        return i + (scoreSeconds - _scoreSeconds[i]) / (_scoreSeconds[i + 1] - _scoreSeconds[i]);
    }

    /// <summary>How much faster the performance plays a stretch than the score states: its mean tempo over the stretch
    /// divided by the score's, i.e. score seconds ÷ performance seconds between the two beats.</summary>
    /// <param name="startBeat">Where the stretch starts, a beat position.</param>
    /// <param name="endBeat">Where it ends, a later beat position.</param>
    /// <returns>Performance tempo ÷ score tempo: above 1 where the performance is faster.</returns>
    public double TempoRatio(double startBeat, double endBeat)
    {
        if (!(endBeat > startBeat)) throw new ArgumentException($"endBeat={endBeat} must follow startBeat={startBeat}", nameof(endBeat));
        return (ScoreSeconds(endBeat) - ScoreSeconds(startBeat)) / (PerformanceSeconds(endBeat) - PerformanceSeconds(startBeat));
    }

    /// <summary>The score's tempo beat by beat over whole beats, one annotated beat counted as one quarter note: a MIDI file
    /// written with these tempi places every beat at its score time.</summary>
    /// <param name="startBeat">First annotated beat.</param>
    /// <param name="endBeat">Annotated beat where the stretch ends, after <paramref name="startBeat"/>.</param>
    /// <returns>One change per beat, at beat positions relative to <paramref name="startBeat"/> (0, 1, …), each
    /// 60 ÷ the beat's length in score seconds.</returns>
    public IReadOnlyList<TempoChange> ScoreTempi(int startBeat, int endBeat)
    {
        if (startBeat < 0 || endBeat <= startBeat || endBeat >= BeatCount)
            throw new ArgumentOutOfRangeException(nameof(endBeat), $"beats {startBeat}–{endBeat}: need 0 ≤ start < end ≤ {BeatCount - 1}");
        return [.. Enumerable.Range(startBeat, endBeat - startBeat)
            .Select(b => new TempoChange(b - startBeat, 60 / (_scoreSeconds[b + 1] - _scoreSeconds[b])))];
    }

    private static double Interpolate(double[] seconds, double beat)
    {
        if (!(beat >= 0 && beat <= seconds.Length - 1))
            throw new ArgumentOutOfRangeException(nameof(beat), beat, $"beat positions run from 0 to {seconds.Length - 1}");
        if (beat == Math.Floor(beat)) return seconds[(int)beat];
        int i = (int)beat;
        return seconds[i] + (beat - i) * (seconds[i + 1] - seconds[i]);
    }

    private static void RequireIncreasing(double[] seconds, string name)
    {
        for (int i = 1; i < seconds.Length; i++)
        {
            if (!(seconds[i] > seconds[i - 1]))
                throw new ArgumentException($"beat {i} at {seconds[i]} s does not follow beat {i - 1} at {seconds[i - 1]} s", name);
        }
    }
}
