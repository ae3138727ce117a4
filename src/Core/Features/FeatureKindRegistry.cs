using System.Collections.Concurrent;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Features;

/// <summary>
/// The feature kinds a silo can compute, by the names users type: <c>cens</c> and <c>cqt</c> always, and
/// <c>ctc:&lt;model id&gt;</c> for every chroma model in the models folder. Extractors are created once per kind and
/// shared, so a model is loaded only once.
/// </summary>
public sealed class FeatureKindRegistry
{
    /// <summary>The classic CENS chroma, always available.</summary>
    public const string Cens = "cens";

    /// <summary>Chroma pooled from the HCQT's h = 1 slice, always available.</summary>
    public const string Cqt = "cqt";

    /// <summary>The model used by default when it is present: the published model with the best retrieval results.</summary>
    public const string PreferredModel = "v2_ctc_train345valid1";

    private readonly ConcurrentDictionary<string, Lazy<IChromaFeatures>> _extractors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IChromaFeatures>> _factories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A registry offering the models in <paramref name="modelsDirectory"/>, when it is given and exists.</summary>
    public FeatureKindRegistry(string? modelsDirectory = null)
    {
        _factories[Cens] = () => new CensFeatures();
        _factories[Cqt] = () => new CqtChromaFeatures();
        if (modelsDirectory == null || !Directory.Exists(modelsDirectory)) return;
        var catalog = new ModelCatalog(modelsDirectory);
        foreach (var id in catalog.ListModelIds())
            _factories[DeepChromaFeatures.KindPrefix + id] = () => new DeepChromaFeatures(catalog.Load(id));
    }

    /// <summary>Names of all available kinds, sorted.</summary>
    public IReadOnlyList<string> Available => _factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The kind used when the user names none: the preferred published model when present, else the first CTC-trained v2
    /// model, else any model, else <c>cens</c>.
    /// </summary>
    public string Default
    {
        get
        {
            var models = Available.Where(k => k.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.Ordinal)).ToList();
            return models.FirstOrDefault(k => k == DeepChromaFeatures.KindPrefix + PreferredModel)
                   ?? models.FirstOrDefault(k => k.StartsWith(DeepChromaFeatures.KindPrefix + "v2_ctc", StringComparison.Ordinal))
                   ?? models.FirstOrDefault()
                   ?? Cens;
        }
    }

    /// <summary>Where chroma networks run: <c>CUDA</c> when a GPU is usable, else <c>CPU</c>.</summary>
    public static string Device => TorchSharp.torch.cuda.is_available() ? "CUDA" : "CPU";

    /// <summary>The shared extractor for <paramref name="kind"/>.</summary>
    /// <exception cref="InputException">The kind is unknown here; the message lists the available ones.</exception>
    public IChromaFeatures Resolve(string kind)
    {
        if (!_factories.TryGetValue(kind, out var create))
            throw new InputException($"--features {kind}", $"unknown feature kind; available: {string.Join(", ", Available)}");
        return _extractors.GetOrAdd(kind, _ => new Lazy<IChromaFeatures>(create)).Value;
    }
}
