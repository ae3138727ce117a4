using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Training;

/// <summary>
/// The audio files of a corpus rendered with another instrument in place of the performance's own (<c>corpus build
/// --programs</c>), as its <c>corpus.json</c> lists them: the timbre augmentation's extra training audio.
/// </summary>
public static class OtherTimbres
{
    /// <summary>The audio paths (relative to the corpus folder, as pairs name them) rendered with a replaced program; empty for a
    /// folder without <c>corpus.json</c> (pairs written by hand have only their own timbre).</summary>
    /// <exception cref="InputException">A <c>corpus.json</c> that cannot be read.</exception>
    public static IReadOnlySet<string> In(string corpusFolder) =>
        File.Exists(Path.Combine(corpusFolder, CorpusManifest.FileName))
            ? CorpusManifest.Read(corpusFolder).Recordings.Where(r => r.Program is not null).Select(r => r.File).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
}
