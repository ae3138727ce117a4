namespace Leitmotif.Abstractions.Messages;

/// <summary>A recording an indexing job offers to the shards.</summary>
/// <param name="Location">Where it lies: a full path or a URI.</param>
/// <param name="Name">Its path below the root it was found under, <c>/</c>-separated: the name rankings show.</param>
[GenerateSerializer, Immutable]
public sealed record IndexItem([property: Id(0)] string Location, [property: Id(1)] string Name);
