using System.Collections.Concurrent;

namespace Leitmotif.Core.Features;

/// <summary>
/// The feature kinds a silo can compute, by the names users type: <c>cens</c> always, and more where their
/// ingredients are present. Extractors are created once per kind and shared, so a model is loaded only once.
/// </summary>
public sealed class FeatureKindRegistry
{
    /// <summary>The classic CENS chroma, always available.</summary>
    public const string Cens = "cens";

    /// <summary>Chroma pooled from the HCQT's h = 1 slice, always available.</summary>
    public const string Cqt = "cqt";

    private readonly ConcurrentDictionary<string, Lazy<IChromaFeatures>> _extractors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IChromaFeatures>> _factories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A registry of the kinds that need no further ingredients.</summary>
    public FeatureKindRegistry()
    {
        _factories[Cens] = () => new CensFeatures();
        _factories[Cqt] = () => new CqtChromaFeatures();
    }

    /// <summary>Names of all available kinds, sorted.</summary>
    public IReadOnlyList<string> Available => _factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The kind used when the user names none: the best available.</summary>
    public string Default => Cens;

    /// <summary>Where chroma networks run: <c>cpu</c>, or <c>cuda</c> when a GPU is usable.</summary>
    public string Device => "cpu";

    /// <summary>The shared extractor for <paramref name="kind"/>.</summary>
    /// <exception cref="InputException">The kind is unknown here; the message lists the available ones.</exception>
    public IChromaFeatures Resolve(string kind)
    {
        if (!_factories.TryGetValue(kind, out var create))
            throw new InputException($"--features {kind}", $"unknown feature kind; available: {string.Join(", ", Available)}");
        return _extractors.GetOrAdd(kind, _ => new Lazy<IChromaFeatures>(create)).Value;
    }
}
