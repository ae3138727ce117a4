using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of a query batch: the batch, the shard chains it runs over, a cursor over its work items and the
/// merged top-k per theme. Its size is bounded by the batch (themes × top), not by the work done or the collection.</summary>
[GenerateSerializer]
public sealed class QueryState
{
    /// <summary>The batch as submitted.</summary>
    [Id(0)] public QueryBatch? Batch { get; set; }

    /// <summary>Shards per partition when the batch started; the work items are every theme chunk in every one of them.</summary>
    [Id(1)] public int[] ChainLengths { get; set; } = [];

    /// <summary>Work items done: the <see cref="QueryPlan"/> once to score, then once more to rank.</summary>
    [Id(2)] public int Done { get; set; }

    /// <summary>Best matches per theme so far, best first.</summary>
    [Id(3)] public List<List<RecordingMatch>> Rankings { get; set; } = [];

    /// <summary>Whether matching has finished.</summary>
    [Id(4)] public bool Finished { get; set; }

    /// <summary>Why the batch failed, if it did.</summary>
    [Id(5)] public string? Error { get; set; }

    /// <summary>Recordings with features of the batch's kind when it started.</summary>
    [Id(6)] public int Recordings { get; set; }

    /// <summary>Work items in the batch.</summary>
    [Id(7)] public int Total { get; set; }

    /// <summary>Work items in flight at once, fixed when the batch first runs, because the <see cref="QueryPlan"/> order
    /// depends on it; 0 before.</summary>
    [Id(8)] public int Concurrency { get; set; }

    /// <summary>Per theme and tempo version, how its best costs spread over every recording scored so far.</summary>
    [Id(9)] public List<List<CostSpread>> Populations { get; set; } = [];
}
