using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// Sweeps one recording at a time past every query of a <see cref="ThemeVersionStack"/> and reports, per tempo version, the
/// best transposition's cost and its match ends. Holds the scan's buffers, so one instance serves many recordings on one
/// thread without allocating.
/// </summary>
public sealed class RecordingScan
{
    private readonly ThemeVersionStack _stack;
    private readonly int _matches;
    private readonly MatchEnd[] _ends;
    private readonly QueryScan[] _scans;

    /// <param name="stack">The themes' versions.</param>
    /// <param name="matches">Match ends wanted per query, ≥ 1.</param>
    public RecordingScan(ThemeVersionStack stack, int matches)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentOutOfRangeException.ThrowIfLessThan(matches, 1);
        _stack = stack;
        _matches = matches;
        _ends = new MatchEnd[stack.Queries.Count * matches];
        _scans = new QueryScan[stack.Queries.Count];
    }

    /// <summary>Scans every query against <paramref name="recording"/> (one sweep of its frames).</summary>
    /// <exception cref="ArgumentException">The recording's feature rate or dimensions differ from the themes'.</exception>
    public void Run(FeatureMatrix recording) =>
        BatchedSubsequenceDtw.Scan(_stack.Queries, recording, MatchScoring.Cost, _matches, _ends, _scans);

    /// <summary>Tempo version <paramref name="tempo"/>'s best transposition in the last recording scanned: the query and its
    /// match ends, best first; null when the version is longer than the recording. Ties go to the lower transposition.</summary>
    public (int Query, ReadOnlyMemory<MatchEnd> Ends)? Best(int tempo)
    {
        int best = -1;
        for (int q = tempo * _stack.Shifts; q < (tempo + 1) * _stack.Shifts; q++)
        {
            if (_scans[q].EndCount > 0 && (best < 0 || _ends[q * _matches].Cost < _ends[best * _matches].Cost)) best = q;
        }
        return best < 0 ? null : (best, _ends.AsMemory(best * _matches, _scans[best].EndCount));
    }
}
