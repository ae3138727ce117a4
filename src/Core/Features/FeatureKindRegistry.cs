using System.Collections.Concurrent;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Features;

/// <summary>
/// The feature kinds a silo can compute, by the names users type: <c>cens</c> and <c>cqt</c> always, and
/// <c>ctc:&lt;model id&gt;</c> for every chroma model in the models folder, and ensembles of them,
/// <c>ctc:&lt;model id&gt;+&lt;model id&gt;…</c> (<see cref="FeatureKindName"/>; not listed in <see cref="Available"/>). Extractors are created once per kind and
/// shared, so a model is loaded only once. A model file that appears later (a finished training run) becomes a kind when it is
/// first asked for, or listed: the folder is listed again then (<see cref="Refresh"/>). Thread-safe.
/// </summary>
public sealed class FeatureKindRegistry
{
    /// <summary>The classic CENS chroma, always available.</summary>
    public const string Cens = "cens";

    /// <summary>Chroma pooled from the HCQT's h = 1 slice, always available.</summary>
    public const string Cqt = "cqt";

    /// <summary>The model used by default when it is present: the published model with the best retrieval results.</summary>
    public const string PreferredModel = "v2_ctc_train345valid1";

    private readonly ConcurrentDictionary<string, (string Stamp, Lazy<IChromaFeatures> Extractor)> _extractors =
        new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Func<InferencePath?, IChromaFeatures>> _factories = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _modelsDirectory;
    private readonly Action? _synchronise;

    /// <summary>A registry offering the models in <paramref name="modelsDirectory"/>, when it is given and exists.</summary>
    /// <param name="modelsDirectory">The models folder.</param>
    /// <param name="synchronise">Brings the models folder up to date with a store shared by a cluster's silos before each
    /// listing (the hosting layer's Blob models container); none for a folder of this machine only.</param>
    public FeatureKindRegistry(string? modelsDirectory = null, Action? synchronise = null)
    {
        _factories[Cens] = _ => new CensFeatures();
        _factories[Cqt] = _ => new CqtChromaFeatures();
        _modelsDirectory = modelsDirectory;
        _synchronise = synchronise;
        Refresh();
    }

    /// <summary>The models folder this registry offers models from, if it has one.</summary>
    public string? ModelsDirectory => _modelsDirectory;

    /// <summary>Names of all available kinds, sorted; the models folder is listed again first.</summary>
    public IReadOnlyList<string> Available
    {
        get
        {
            Refresh();
            return _factories.Keys.Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Lists the models folder again and offers the models that appeared since; kinds already offered stay (with
    /// their loaded extractors). Costs one directory listing (and a synchronisation, when the registry has one); does nothing
    /// more without a models folder.</summary>
    public void Refresh()
    {
        _synchronise?.Invoke();
        if (_modelsDirectory == null || !Directory.Exists(_modelsDirectory)) return;
        var catalog = new ModelCatalog(_modelsDirectory);
        foreach (var id in catalog.ListModelIds())
            _factories.TryAdd(DeepChromaFeatures.KindPrefix + id, path => new DeepChromaFeatures(catalog.Load(id), path));
    }

    /// <summary>
    /// The kind used when the user names none: the preferred published model when present, else the first published
    /// CTC-trained v2 model, else a v1 one, else <c>cens</c>. Own models never become the default by themselves: how good
    /// they are is only known after evaluating them.
    /// </summary>
    public string Default
    {
        get
        {
            var models = Available.Where(k => k.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.Ordinal)).ToList();
            return models.FirstOrDefault(k => k == DeepChromaFeatures.KindPrefix + PreferredModel)
                   ?? models.FirstOrDefault(k => k.StartsWith(DeepChromaFeatures.KindPrefix + "v2_ctc", StringComparison.Ordinal))
                   ?? models.FirstOrDefault(k => k.StartsWith(DeepChromaFeatures.KindPrefix + "v1_ctc", StringComparison.Ordinal))
                   ?? Cens;
        }
    }

    /// <summary>Where chroma networks run: <c>CUDA</c> when a GPU is usable, else <c>CPU</c>.</summary>
    public static string Device => TorchSharp.torch.cuda.is_available() ? "CUDA" : "CPU";

    /// <summary>The shared extractor for <paramref name="kind"/>; for an own model, loaded again when its file was replaced.</summary>
    /// <param name="kind">A kind name (any case); an ensemble's members in any order, see <see cref="FeatureKindName"/>.</param>
    /// <param name="precision">The precision of <c>ctc:</c> kinds' networks; <c>null</c> takes this machine's default
    /// (<see cref="InferencePath.ForThisMachine"/>). Other kinds ignore it.</param>
    /// <remarks>An unknown <c>ctc:</c> kind lists the models folder again before it is refused. Each inference path of a
    /// <c>ctc:</c> kind has its own extractor; an ensemble's kind is its normalised name.</remarks>
    /// <exception cref="InputException">The kind is unknown here, the message listing the available ones; an ensemble member is
    /// not a model here; or bf16 is asked for a <c>ctc:</c> kind on a CPU without native BF16.</exception>
    public IChromaFeatures Resolve(string kind, InferencePrecision? precision = null)
    {
        bool network = kind.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.OrdinalIgnoreCase);
        if (network && FeatureKindName.Members(kind).Any(id => !_factories.ContainsKey(DeepChromaFeatures.KindPrefix + id))) Refresh();
        string name = FeatureKindName.Find(kind, [.. _factories.Keys])
                      ?? throw new InputException($"--features {kind}", $"unknown feature kind; available: {string.Join(", ", Available)}");
        var create = FeatureKindName.IsEnsemble(name) ? Ensemble(name) : _factories[name];
        var path = network ? InferencePath.ForThisMachine(precision) : null;
        string key = path is null ? name : $"{name}|{path.Name}";
        string stamp = OwnModelStamp(name);
        return _extractors.AddOrUpdate(key, _ => (stamp, new Lazy<IChromaFeatures>(() => create(path))),
            (_, loaded) => loaded.Stamp == stamp ? loaded : (stamp, new Lazy<IChromaFeatures>(() => create(path)))).Extractor.Value;
    }

    /// <summary>Makes the extractor of an ensemble with its members in the order of its normalised <paramref name="name"/>.</summary>
    private Func<InferencePath?, IChromaFeatures> Ensemble(string name)
    {
        var catalog = new ModelCatalog(_modelsDirectory!);
        return path => new DeepChromaFeatures([.. FeatureKindName.Members(name).Select(catalog.Load)], path);
    }

    /// <summary>The write times of a <c>ctc:</c> kind's own model files, one per member (default for other kinds and published
    /// checkpoints): a model trained further, or again under its id, replaces its file, and the next <see cref="Resolve"/> loads
    /// the new weights.</summary>
    private string OwnModelStamp(string kind)
    {
        if (_modelsDirectory == null || !kind.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.OrdinalIgnoreCase)) return "";
        var catalog = new ModelCatalog(_modelsDirectory);
        return string.Join(',', FeatureKindName.Members(kind).Select(id => catalog.OwnModelPath(id))
            .Select(path => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks : 0));
    }
}
