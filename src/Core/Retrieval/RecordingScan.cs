using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// Sweeps one recording at a time past every query of a <see cref="ThemeVersions"/> and reports, per tempo version, the
/// best transposition's cost and its match ends. Holds the scan's buffers, so one instance serves many recordings on one
/// thread without allocating.
/// </summary>
public sealed class RecordingScan
{
    private readonly ThemeVersions _versions;
    private readonly QueryStack _stack;
    private readonly int _matches;
    private readonly MatchEnd[] _ends;
    private readonly QueryScan[] _scans;

    /// <param name="versions">The themes' versions.</param>
    /// <param name="stack">The same versions stacked (<see cref="ThemeVersions.Stack"/>).</param>
    /// <param name="matches">Match ends wanted per query, ≥ 1.</param>
    public RecordingScan(ThemeVersions versions, QueryStack stack, int matches)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentOutOfRangeException.ThrowIfLessThan(matches, 1);
        _versions = versions;
        _stack = stack;
        _matches = matches;
        _ends = new MatchEnd[stack.Count * matches];
        _scans = new QueryScan[stack.Count];
    }

    /// <summary>Scans every query against <paramref name="recording"/> (one sweep of its frames).</summary>
    /// <exception cref="ArgumentException">The recording's feature rate or dimensions differ from the themes'.</exception>
    public void Run(FeatureMatrix recording) =>
        BatchedSubsequenceDtw.Scan(_stack, recording, MatchScoring.Cost, _matches, _ends, _scans);

    /// <summary>Tempo version <paramref name="tempo"/>'s best transposition in the last recording scanned: the query and its
    /// match ends, best first; null when the version is longer than the recording. Ties go to the lower transposition.</summary>
    public (int Query, ReadOnlyMemory<MatchEnd> Ends)? Best(int tempo)
    {
        int best = -1;
        for (int q = tempo * _versions.Shifts; q < (tempo + 1) * _versions.Shifts; q++)
        {
            if (_scans[q].EndCount > 0 && (best < 0 || _ends[q * _matches].Cost < _ends[best * _matches].Cost)) best = q;
        }
        return best < 0 ? null : (best, _ends.AsMemory(best * _matches, _scans[best].EndCount));
    }
}
