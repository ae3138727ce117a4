using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of an indexing job: the work list and a checkpoint of how far it got.</summary>
[GenerateSerializer]
public sealed class IndexJobState
{
    /// <summary>Absolute paths to index, in order.</summary>
    [Id(0)] public List<string> Paths { get; set; } = [];

    /// <summary>Feature kind to compute.</summary>
    [Id(1)] public string FeatureKind { get; set; } = "";

    /// <summary>Index into <see cref="Paths"/> of the first recording not yet handled.</summary>
    [Id(2)] public int Next { get; set; }

    /// <summary>Recordings whose features were computed.</summary>
    [Id(3)] public int Indexed { get; set; }

    /// <summary>Recordings whose stored features were reused.</summary>
    [Id(4)] public int Reused { get; set; }

    /// <summary>Recordings that failed, with reasons.</summary>
    [Id(5)] public List<IndexFailure> Failures { get; set; } = [];
}
