namespace Leitmotif.Core.Evaluation;

/// <summary>Where a theme truly occurs: one entry of a <c>truth.json</c> file.</summary>
/// <param name="Theme">Theme file name, without folder.</param>
/// <param name="Recording">Recording file name, without folder.</param>
/// <param name="Start">Start of the occurrence in the recording, in seconds.</param>
/// <param name="End">End of the occurrence in the recording, in seconds.</param>
public sealed record TruthEntry(string Theme, string Recording, double Start, double End);
