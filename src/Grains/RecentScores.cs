using Leitmotif.Core.Retrieval;

namespace Leitmotif.Grains;

/// <summary>
/// A shard's scores of query chunks between a batch's scoring and ranking phases, by the scoring work's id. Bounded: past
/// <see cref="Capacity"/> the oldest go, and their ranking work scores again.
/// </summary>
internal sealed class RecentScores
{
    /// <summary>Chunks kept at most: enough for the chunks of a few large batches in flight at once.</summary>
    public const int Capacity = 64;

    private readonly OrderedDictionary<string, ShardScores> _byWork = new(StringComparer.Ordinal);

    public void Add(string workId, ShardScores scores)
    {
        if (!_byWork.TryAdd(workId, scores)) return;
        if (_byWork.Count > Capacity) _byWork.RemoveAt(0);
    }

    /// <summary>The scores of <paramref name="workId"/>, removed, or null when they are not kept.</summary>
    public ShardScores? Take(string workId) => _byWork.Remove(workId, out var scores) ? scores : null;
}
