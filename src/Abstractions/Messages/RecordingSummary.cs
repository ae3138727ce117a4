namespace Leitmotif.Abstractions.Messages;

/// <summary>What the catalog knows of one indexed recording.</summary>
/// <param name="Id">Recording key.</param>
/// <param name="Location">Where it was last indexed from: a full path or a Blob Storage URI.</param>
/// <param name="DurationSeconds">Length of the audio.</param>
/// <param name="FeatureKinds">Feature kinds computed and stored for it.</param>
/// <param name="Name">Its name: its path below the root it was indexed under, as rankings show it.</param>
[GenerateSerializer, Immutable]
public sealed record RecordingSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Location,
    [property: Id(2)] double DurationSeconds,
    [property: Id(3)] IReadOnlyList<string> FeatureKinds,
    [property: Id(4)] string Name);
