using Leitmotif.Core.Features;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Core.Retrieval;

/// <summary>
/// The first phase of matching a group of themes against a shard (<see cref="ShardMatcher.Score"/>): for every tempo version
/// and recording, the best transposition's raw cost and match ends, and per tempo version the spread of those costs over the
/// shard's recordings. Once the spreads of all shards are summed, <see cref="ShardMatcher.Rank"/> ranks from these scores
/// without scanning again. Holds no query features, so that a shard can keep the scores of many chunks between the phases.
/// </summary>
public sealed class ShardScores
{
    private readonly float[] _cost;
    private readonly int[] _query;
    private readonly MatchEnd[] _ends;
    private readonly int[] _endCount;

    internal ShardScores(int tempoCount, IReadOnlyList<(string RecordingId, FeatureMatrix Features)> recordings, int matches)
    {
        Recordings = recordings;
        Matches = matches;
        int cells = tempoCount * recordings.Count;
        _cost = new float[cells];
        Array.Fill(_cost, float.PositiveInfinity);
        _query = new int[cells];
        _ends = new MatchEnd[cells * matches];
        _endCount = new int[cells];
        Spreads = new ScoreSpread[tempoCount];
    }

    /// <summary>The shard's recordings, in the order scored.</summary>
    public IReadOnlyList<(string RecordingId, FeatureMatrix Features)> Recordings { get; }

    /// <summary>Match ends kept per (tempo version, recording).</summary>
    public int Matches { get; }

    /// <summary>Per tempo version (numbered as in <see cref="ThemeVersions.TemposOf"/>), its best raw costs' spread over
    /// the recordings that can hold it.</summary>
    public ScoreSpread[] Spreads { get; }

    /// <summary>Tempo version <paramref name="tempo"/>'s best raw cost in recording <paramref name="recording"/>; +∞ when it
    /// does not fit.</summary>
    public float Cost(int tempo, int recording) => _cost[tempo * Recordings.Count + recording];

    /// <summary>The query (transposition) behind <see cref="Cost"/>.</summary>
    public int Query(int tempo, int recording) => _query[tempo * Recordings.Count + recording];

    /// <summary>That query's match ends in the recording, best first.</summary>
    public ReadOnlySpan<MatchEnd> Ends(int tempo, int recording)
    {
        int cell = tempo * Recordings.Count + recording;
        return _ends.AsSpan(cell * Matches, _endCount[cell]);
    }

    internal void Set(int tempo, int recording, int query, ReadOnlySpan<MatchEnd> ends)
    {
        int cell = tempo * Recordings.Count + recording;
        _cost[cell] = ends[0].Cost;
        _query[cell] = query;
        _endCount[cell] = ends.Length;
        ends.CopyTo(_ends.AsSpan(cell * Matches, Matches));
    }
}
