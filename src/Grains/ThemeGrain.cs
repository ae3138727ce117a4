using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Grains;

/// <summary>Holds a parsed theme and builds its query features per feature kind and tempo factor.</summary>
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
        var notes = theme.Notes.Select(n => new Note(n.Onset, n.Duration, n.Pitch)).ToList();
        var extractor = featureKinds.Resolve(featureKind);
        var versions = tempoFactors.Select(f => QueryBuilder.Build(notes, extractor, f).Data).ToList();
        return Task.FromResult(new QueryFeatures(themeIndex, versions, tempoFactors, extractor.FeatureRate));
    }
}
