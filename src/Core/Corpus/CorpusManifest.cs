using System.Text.Json;

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

    /// <summary>Reads the manifest of the corpus in <paramref name="corpusFolder"/>.</summary>
    /// <exception cref="InputException">No manifest there, or one that is not valid JSON of this shape.</exception>
    public static CorpusManifest Read(string corpusFolder)
    {
        string path = Path.Combine(corpusFolder, FileName);
        if (!File.Exists(path)) throw new InputException(corpusFolder, $"no {FileName}; is this a folder written by 'leitmotif corpus build'?");
        try
        {
            return JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), Evaluation.JsonFiles.SerializerOptions)
                   ?? throw new InputException(path, "empty manifest");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"malformed manifest ({e.Message})", e);
        }
    }
}
