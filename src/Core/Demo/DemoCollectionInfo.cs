namespace Leitmotif.Core.Demo;

/// <summary>Where <see cref="DemoCollection.Create"/> wrote the demo collection.</summary>
/// <param name="RecordingsFolder">Folder of the <c>.wav</c> recordings.</param>
/// <param name="ThemesFolder">Folder of the <c>.mid</c> themes and the one audio theme.</param>
/// <param name="TruthFile">Path of <c>truth.json</c>.</param>
/// <param name="Count">Number of recordings, which is also the number of MIDI themes.</param>
public sealed record DemoCollectionInfo(string RecordingsFolder, string ThemesFolder, string TruthFile, int Count);
