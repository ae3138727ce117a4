namespace Leitmotif.Core.Features;

/// <summary>The feature kinds Leitmotif can compute, by the names users type.</summary>
public static class FeatureKinds
{
    /// <summary>The kind used when none is given.</summary>
    public const string Default = "cens";

    private static readonly Dictionary<string, Func<IChromaFeatures>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cens"] = () => new CensFeatures(),
        ["cqt"] = () => new CqtChromaFeatures(),
    };

    /// <summary>Names of all available kinds.</summary>
    public static IReadOnlyList<string> Available => Factories.Keys.Order().ToList();

    /// <summary>The extractor for <paramref name="kind"/>; an <see cref="InputException"/> naming the choices when unknown.</summary>
    public static IChromaFeatures Resolve(string kind)
    {
        if (Factories.TryGetValue(kind, out var create)) return create();
        throw new InputException($"--features {kind}", $"unknown feature kind; available: {string.Join(", ", Available)}");
    }
}
