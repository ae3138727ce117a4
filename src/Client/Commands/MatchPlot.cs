using System.Globalization;
using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Client.Plots;
using Leitmotif.Core;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Sequence;

namespace Leitmotif.Client.Commands;

/// <summary><c>query --plot</c>: matches the winning theme version against one ranked recording's stored features again, in
/// this process, and draws the match (<see cref="MatchFigure"/>).</summary>
public static class MatchPlot
{
    /// <summary>Draws the match of <paramref name="theme"/> in the <paramref name="rank"/>-th recording of <paramref name="ranking"/>.</summary>
    /// <exception cref="InputException">The ranking has fewer recordings than <paramref name="rank"/>.</exception>
    public static async Task DrawAsync(IClusterClient client, ThemeDefinition theme, ThemeRanking ranking, QueryOptions options, int rank, string path)
    {
        if (rank > ranking.Ranking.Count)
            throw new InputException($"--rank {rank}", $"the ranking of {theme.Name} has {ranking.Ranking.Count} recording(s)");
        var match = ranking.Ranking[rank - 1];
        var stored = await FindAsync(client, match.RecordingId, options.FeatureKind)
                     ?? throw new InputException($"--rank {rank}", $"{match.Recording} has no stored {options.FeatureKind} features any more");
        var recording = new FeatureMatrix(stored.Data, stored.Dimensions, stored.FeatureRate);
        var version = await client.GetGrain<IThemeGrain>(ThemeIds.Of(theme)).GetQueryFeaturesAsync(0, options.FeatureKind, [match.TempoFactor]);
        var query = ChromaShift.Rotate(new FeatureMatrix(version.Versions[0], stored.Dimensions, version.FeatureRate), match.Transposition);
        var inspection = MatchInspection.Of(query, recording, options.Matches);
        MatchFigure.Save(path, inspection,
            string.Create(CultureInfo.InvariantCulture, $"{theme.Name} at tempo ×{match.TempoFactor:0.##}, transposed {match.Transposition:+0;-0;0} semitones"),
            $"#{rank} {match.Recording}", stored.Data);
    }

    /// <summary>The recording's stored features, asked of each shard of its partition's chain in turn (one of them holds it).</summary>
    private static async Task<StoredFeatures?> FindAsync(IClusterClient client, string recordingId, string featureKind)
    {
        int partition = ShardKeys.PartitionOf(recordingId);
        var chains = await client.GetGrain<ICatalogGrain>(CatalogNames.Default).GetChainLengthsAsync();
        for (int generation = 0; generation < chains[partition]; generation++)
        {
            var features = await client.GetGrain<IShardGrain>(ShardKeys.Of(partition, generation)).GetFeaturesAsync(recordingId, featureKind);
            if (features != null) return features;
        }
        return null;
    }
}
