namespace Leitmotif.Core.Corpus;

/// <summary>The contents of <c>corpus.json</c>: the settings a corpus was built with, and its recordings and themes with their folds.</summary>
/// <param name="Seed">Seed of folds, selection and theme positions.</param>
/// <param name="Folds">Number of folds.</param>
/// <param name="Seconds">Rendered length limit in seconds, or null for whole performances.</param>
/// <param name="Recordings">Every rendered audio file.</param>
/// <param name="Themes">Every theme file.</param>
public sealed record CorpusManifest(int Seed, int Folds, double? Seconds, IReadOnlyList<CorpusRecording> Recordings, IReadOnlyList<CorpusTheme> Themes)
{
    /// <summary>The manifest's file name in the corpus folder.</summary>
    public const string FileName = "corpus.json";
}
