using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Model;

/// <summary>
/// The chroma models in one folder: the project's own model files <c>&lt;ID&gt;.safetensors</c> (<see cref="ModelFile"/>) and
/// published TensorFlow checkpoints <c>model_&lt;ID&gt;.index</c> with their data files (<see cref="PublishedModelImporter"/>).
/// When both exist for an ID, the own file is used.
/// </summary>
/// <param name="folder">The models folder.</param>
public sealed class ModelCatalog(string folder)
{
    private const string IndexExtension = ".index";

    /// <summary>The models folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>IDs of all models in <see cref="Folder"/>, ordinal order, each once.</summary>
    /// <exception cref="InputException">The folder does not exist.</exception>
    public IReadOnlyList<string> ListModelIds()
    {
        if (!Directory.Exists(Folder)) throw new InputException(Folder, "models folder not found");
        var own = Directory.EnumerateFiles(Folder, "*" + ModelFile.Extension)
            .Select(path => Path.GetFileName(path)[..^ModelFile.Extension.Length]);
        var published = Directory.EnumerateFiles(Folder, PublishedModelImporter.FilePrefix + "*" + IndexExtension)
            .Select(path => Path.GetFileName(path)[PublishedModelImporter.FilePrefix.Length..^IndexExtension.Length]);
        return [.. own.Concat(published).Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Loads model <paramref name="modelId"/>: its own model file when present, else its published checkpoint.</summary>
    /// <returns>Weights in <see cref="ModelLayout"/>, with <see cref="ModelWeights.ModelId"/> = <paramref name="modelId"/>
    /// for checkpoints and the stored ID for own files.</returns>
    /// <exception cref="InputException">Unknown ID (the message lists the available ones), or a file that cannot be read.</exception>
    public ModelWeights Load(string modelId)
    {
        var available = ListModelIds();
        if (!available.Contains(modelId, StringComparer.Ordinal))
            throw new InputException(modelId, available.Count == 0 ? $"no models in {Folder}"
                : $"no such model in {Folder}; available: {string.Join(", ", available)}");
        string own = OwnModelPath(modelId);
        return File.Exists(own) ? ModelFile.Load(own) : PublishedModelImporter.Import(Folder, modelId);
    }

    /// <summary>Where model <paramref name="modelId"/> lives in the project's own format: <c>&lt;folder&gt;/&lt;id&gt;.safetensors</c>
    /// (trained models are published there; a published checkpoint may have none).</summary>
    public string OwnModelPath(string modelId) => Path.Combine(Folder, modelId + ModelFile.Extension);
}
