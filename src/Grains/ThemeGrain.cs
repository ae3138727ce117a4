using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Grains;

/// <summary>Holds a parsed theme, or an audio theme's features, and builds its query features per feature kind and tempo factor.</summary>
public sealed class ThemeGrain(
    [PersistentState("theme", StorageNames.Leitmotif)] IPersistentState<ThemeState> state,
    FeatureKindRegistry featureKinds) : Grain, IThemeGrain
{
    public async Task SetAsync(ThemeDefinition theme)
    {
        if (state.State.Theme == theme) return;
        state.State.Theme = theme;
        await state.SaveAsync();
    }

    public Task<QueryFeatures> GetQueryFeaturesAsync(int themeIndex, string featureKind, IReadOnlyList<double> tempoFactors)
    {
        var theme = state.State.Theme ?? throw new InvalidOperationException($"theme {this.GetPrimaryKeyString()} has no notes; call SetAsync first");
        var extractor = featureKinds.Resolve(featureKind);
        if (theme.Chroma is { } chroma)
        {
            var excerpt = Excerpt(theme.Name, chroma, extractor);
            return Task.FromResult(new QueryFeatures(themeIndex, tempoFactors.Select(f => QueryBuilder.Build(excerpt, f).Data).ToList(),
                tempoFactors, extractor.FeatureRate));
        }
        var notes = theme.Notes.Select(n => new Note(n.Onset, n.Duration, n.Pitch)).ToList();
        var versions = tempoFactors.Select(f => QueryBuilder.Build(notes, extractor, f).Data).ToList();
        return Task.FromResult(new QueryFeatures(themeIndex, versions, tempoFactors, extractor.FeatureRate));
    }

    /// <summary>An audio theme's features, refused unless computed by the same kind and version as the cluster's.</summary>
    private static FeatureMatrix Excerpt(string name, ThemeChroma chroma, IChromaFeatures extractor)
    {
        if (!string.Equals(chroma.FeatureKind, extractor.Kind, StringComparison.OrdinalIgnoreCase) || chroma.Version != extractor.Version)
            throw new InvalidOperationException(
                $"audio theme {name}: its features are {chroma.FeatureKind} version {chroma.Version} as the client computed them, the cluster's are "
                + $"{extractor.Kind} version {extractor.Version}; give the client the cluster's models folder (--models-dir)");
        return new FeatureMatrix(chroma.Data, 12, chroma.FeatureRate);
    }
}
