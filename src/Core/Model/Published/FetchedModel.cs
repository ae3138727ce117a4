namespace Leitmotif.Core.Model.Published;

/// <summary>A published model installed by <see cref="ModelFetcher"/>.</summary>
/// <param name="Id">Its ID.</param>
/// <param name="Bytes">The size of its files.</param>
/// <param name="Downloaded">False when every file was already installed, with the pinned content.</param>
public sealed record FetchedModel(string Id, long Bytes, bool Downloaded);
