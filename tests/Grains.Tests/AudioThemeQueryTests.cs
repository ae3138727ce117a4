using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;

namespace Leitmotif.Grains.Tests;

/// <summary>Audio themes (query by example): the features of an excerpt, computed as the command line does, matched by the theme grain.</summary>
public class AudioThemeQueryTests
{
    private static readonly QueryOptions Cens = new("cens", Top: 3, Transpose: false, TempoFactors: [0.8, 1.0]);

    private static ThemeDefinition AudioTheme(string path, string version)
    {
        var features = RecordingFeatures.Compute(path, new CensFeatures());
        return new ThemeDefinition(Path.GetFileName(path), [], new ThemeChroma("cens", version, features.Data, features.FeatureRate));
    }

    /// <summary>The demo collection, indexed with cens in a new cluster.</summary>
    private static async Task<(DemoCollectionInfo Demo, LeitmotifCluster Cluster)> IndexedDemoAsync(TemporaryFolder folder)
    {
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, Directory.GetFiles(demo.RecordingsFolder, "*.wav"));
        return (demo, cluster);
    }

    [Fact]
    public async Task AMelodyRenderedAloneIsFoundInItsAccompaniedRecordingAtItsTempo()
    {
        using var folder = new TemporaryFolder();
        var (demo, cluster) = await IndexedDemoAsync(folder);
        await using var running = cluster;
        string file = DemoCollection.AudioThemeFile(DemoCollection.AudioThemeMelody);
        var truth = JsonFiles.Read<TruthEntry>(demo.TruthFile).Single(t => t.Theme == file);

        var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, [AudioTheme(Path.Combine(demo.ThemesFolder, file), new CensFeatures().Version)], Cens);

        Assert.Null(status.Error);
        var best = Assert.Single(rankings).Ranking[0];
        Assert.Equal(file, rankings[0].Theme);
        Assert.Equal(truth.Recording, best.Recording);
        Assert.Equal(0.8, best.TempoFactor); // the theme's 120 quarter notes per minute played at the recording's 96
        Assert.InRange(best.Start, truth.Start - 1, truth.Start + 1);
        Assert.InRange(best.End, truth.End - 1, truth.End + 1);
    }

    [Fact]
    public async Task FeaturesOfAnotherVersionThanTheClustersFailTheBatchWithAReason()
    {
        using var folder = new TemporaryFolder();
        var (demo, cluster) = await IndexedDemoAsync(folder);
        await using var running = cluster;
        string file = DemoCollection.AudioThemeFile(DemoCollection.AudioThemeMelody);

        var (status, _) = await ClusterWork.QueryAsync(cluster.Client, [AudioTheme(Path.Combine(demo.ThemesFolder, file), "0")], Cens);

        Assert.Contains($"audio theme {file}: its features are cens version 0 as the client computed them, the cluster's are cens version {new CensFeatures().Version}",
            status.Error);
    }
}
