using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of the catalog grain.</summary>
[GenerateSerializer]
public sealed class CatalogState
{
    /// <summary>Indexed recordings by recording id.</summary>
    [Id(0)] public Dictionary<string, RecordingSummary> Recordings { get; set; } = [];

    /// <summary>Indexing jobs not yet finished.</summary>
    [Id(1)] public HashSet<string> ActiveJobs { get; set; } = [];

    /// <summary>Training jobs not yet finished.</summary>
    [Id(2)] public HashSet<string> ActiveTrainingJobs { get; set; } = [];
}
