namespace Leitmotif.Core.Model;

/// <summary>A model in a models folder, as <c>models list</c> shows it.</summary>
/// <param name="Id">Its ID, the <c>ctc:</c> kind without the prefix.</param>
/// <param name="Loss">The training loss its ID names (<c>ctc</c>, <c>linear</c>, <c>strong</c>), or null where the ID names none.</param>
/// <param name="Rotation">The cross-validation rotation its ID names (e.g. <c>train345valid1</c>), or null.</param>
/// <param name="Origin">Where it comes from; for an ID with both an own file and a checkpoint, the own file, which is the one used.</param>
/// <param name="Bytes">The size of the files of that origin.</param>
public sealed record InstalledModel(string Id, string? Loss, string? Rotation, ModelOrigin Origin, long Bytes);
