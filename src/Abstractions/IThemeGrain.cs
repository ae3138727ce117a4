using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>A parsed theme and its query features (key: a hash of the theme's content).</summary>
public interface IThemeGrain : IGrainWithStringKey
{
    /// <summary>Stores the theme's notes.</summary>
    Task SetAsync(ThemeDefinition theme);

    /// <summary>The theme's query chroma for a feature kind, one version per tempo factor.</summary>
    Task<QueryFeatures> GetQueryFeaturesAsync(int themeIndex, string featureKind, IReadOnlyList<double> tempoFactors);
}
