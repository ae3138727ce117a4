using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of a query batch: the request, the recordings it runs over, and the merged rankings so far.</summary>
[GenerateSerializer]
public sealed class QueryState
{
    /// <summary>The batch as submitted.</summary>
    [Id(0)] public QueryBatch? Batch { get; set; }

    /// <summary>Recording ids to match, fixed when the batch starts.</summary>
    [Id(1)] public List<string> RecordingIds { get; set; } = [];

    /// <summary>How many of <see cref="RecordingIds"/> have been matched and merged.</summary>
    [Id(2)] public int Done { get; set; }

    /// <summary>Best matches per theme so far, best first.</summary>
    [Id(3)] public List<List<RecordingMatch>> Rankings { get; set; } = [];

    /// <summary>Whether matching has finished.</summary>
    [Id(4)] public bool Finished { get; set; }

    /// <summary>Why the batch failed, if it did.</summary>
    [Id(5)] public string? Error { get; set; }
}
