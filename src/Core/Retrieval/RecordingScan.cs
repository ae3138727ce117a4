using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// Scores every version of a <see cref="ThemeVersionStack"/> against one recording at a time and turns a theme's best version
/// into matches. Holds the scan's buffers, so one instance serves many recordings on one thread without allocating.
/// </summary>
public sealed class RecordingScan
{
    private readonly ThemeVersionStack _stack;
    private readonly int _matches;
    private readonly MatchEnd[] _ends;
    private readonly QueryScan[] _scans;
    private FeatureMatrix? _recording;

    /// <param name="stack">The themes' versions.</param>
    /// <param name="matches">Non-overlapping matches wanted per recording, ≥ 1.</param>
    public RecordingScan(ThemeVersionStack stack, int matches)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentOutOfRangeException.ThrowIfLessThan(matches, 1);
        _stack = stack;
        _matches = matches;
        _ends = new MatchEnd[stack.Queries.Count * matches];
        _scans = new QueryScan[stack.Queries.Count];
    }

    /// <summary>Scans every version against <paramref name="recording"/> (one sweep of its frames).</summary>
    /// <exception cref="ArgumentException">The recording's feature rate or dimensions differ from the themes'.</exception>
    public void Run(FeatureMatrix recording)
    {
        BatchedSubsequenceDtw.Scan(_stack.Queries, recording, MatchScoring.Cost, _matches, _ends, _scans);
        _recording = recording;
    }

    /// <summary>Theme <paramref name="theme"/>'s best version in the last recording scanned and its score
    /// (<see cref="MatchScoring.Score"/>), or null when no version fits in the recording. Ties go to the earlier version.</summary>
    public (double Score, int Version)? Best(int theme)
    {
        (double Score, int Version)? best = null;
        var (first, end) = (_stack.VersionsOf(theme).Start.Value, _stack.VersionsOf(theme).End.Value);
        for (int v = first; v < end; v++)
        {
            if (_scans[v].EndCount == 0) continue;
            double score = ScoreOf(v, _ends[v * _matches].Cost);
            if (best is null || score < best.Value.Score) best = (score, v);
        }
        return best;
    }

    /// <summary>
    /// The matches of version <paramref name="version"/> in the last recording scanned: each chosen end backtracked to its
    /// start, best first, dropping a span that overlaps a better one (a compressed version's span can be longer than the
    /// exclusion zone around its end).
    /// </summary>
    public ScoredMatch Matches(int version)
    {
        var recording = _recording ?? throw new InvalidOperationException("no recording scanned yet");
        var (tempoFactor, transposition, query) = _stack.Version(version);
        double rate = recording.FeatureRate;
        var spans = new List<MatchSpan>(_scans[version].EndCount);
        foreach (var end in _ends.AsSpan(version * _matches, _scans[version].EndCount))
        {
            var match = SubsequenceDtw.Backtrack(query, recording, end.EndFrame, MatchScoring.Cost);
            var span = new MatchSpan(ScoreOf(version, end.Cost), match.StartFrame / rate, (match.EndFrame + 1) / rate);
            if (!spans.Any(s => s.StartSeconds < span.EndSeconds && span.StartSeconds < s.EndSeconds)) spans.Add(span);
        }
        return new ScoredMatch(spans, transposition, tempoFactor);
    }

    private double ScoreOf(int version, float cost) =>
        MatchScoring.Score(cost, _scans[version].DeltaMean, _scans[version].DeltaStandardDeviation);
}
