namespace Leitmotif.Abstractions.Messages;

/// <summary>What the cluster holds.</summary>
/// <param name="Recordings">Recordings in the shards.</param>
/// <param name="HoursOfAudio">Their total duration in hours.</param>
/// <param name="FeatureKinds">Recordings per feature kind.</param>
/// <param name="ActiveJobs">Indexing jobs still running.</param>
/// <param name="ActiveTrainingJobs">Training jobs still running (<c>leitmotif train status --name …</c> shows their rotations).</param>
/// <param name="Shards">Shards holding the recordings.</param>
[GenerateSerializer, Immutable]
public sealed record ClusterStatus(
    [property: Id(0)] int Recordings,
    [property: Id(1)] double HoursOfAudio,
    [property: Id(2)] IReadOnlyDictionary<string, int> FeatureKinds,
    [property: Id(3)] IReadOnlyList<string> ActiveJobs,
    [property: Id(4)] IReadOnlyList<string> ActiveTrainingJobs,
    [property: Id(5)] int Shards);
