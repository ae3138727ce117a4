namespace Leitmotif.Abstractions.Messages;

/// <summary>What the catalog knows of one indexed recording.</summary>
/// <param name="Id">Recording key.</param>
/// <param name="Path">Absolute path of the audio file.</param>
/// <param name="DurationSeconds">Length of the audio.</param>
/// <param name="FeatureKinds">Feature kinds computed and stored for it.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Path,
    [property: Id(2)] double DurationSeconds,
    [property: Id(3)] IReadOnlyList<string> FeatureKinds);
