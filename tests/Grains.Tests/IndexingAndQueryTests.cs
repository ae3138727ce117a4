using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Grains.Tests;

public class IndexingAndQueryTests
{
    private static readonly QueryOptions Cens = new("cens", Top: 5, Transpose: false, TempoFactors: [1.0]);

    [Fact]
    public async Task IndexingThenABatchQueryRanksEveryThemesOwnRecordingFirst()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var recordings = Directory.GetFiles(demo.RecordingsFolder, "*.wav");
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));

        var progress = await ClusterWork.IndexAsync(cluster.Client, recordings);
        var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, DemoThemes.Load(demo.ThemesFolder), Cens);

        Assert.True(progress.Finished);
        Assert.Equal(recordings.Length, progress.Counts.Added);
        Assert.Empty(progress.Failures);
        Assert.Null(status.Error);
        Assert.Equal(recordings.Length, status.Recordings);
        Assert.Equal(status.ItemsTotal, status.ItemsDone);
        var truth = JsonFiles.Read<TruthEntry>(demo.TruthFile).ToDictionary(t => t.Theme, t => t.Recording);
        Assert.All(rankings, r => Assert.Equal(truth[r.Theme], r.Ranking[0].Recording));
    }

    [Fact]
    public async Task ASingleThemeQueryFindsItsRecordingAndSpan()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, Directory.GetFiles(demo.RecordingsFolder, "*.wav"));
        var theme = DemoThemes.Load(demo.ThemesFolder)[0];
        var truth = JsonFiles.Read<TruthEntry>(demo.TruthFile).Single(t => t.Theme == theme.Name);

        var (_, rankings) = await ClusterWork.QueryAsync(cluster.Client, [theme], Cens);

        var best = Assert.Single(rankings).Ranking[0];
        Assert.Equal(truth.Recording, best.Recording);
        Assert.InRange(best.Start, truth.Start - 1.5, truth.Start + 1.5);
        Assert.InRange(best.End, truth.End - 1.5, truth.End + 1.5);
        Assert.Equal(best.Cost, rankings[0].Ranking.Min(m => m.Cost));
    }

    [Fact]
    public async Task SeveralMatchesPerRecordingComeBestFirstApartAndEndByTheRecordingsEnd()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));
        await ClusterWork.IndexAsync(cluster.Client, Directory.GetFiles(demo.RecordingsFolder, "*.wav"));
        var durations = (await ClusterWork.ListAsync(cluster.Client)).ToDictionary(r => r.Name, r => r.DurationSeconds);
        var theme = DemoThemes.Load(demo.ThemesFolder)[0];
        var truth = JsonFiles.Read<TruthEntry>(demo.TruthFile).Single(t => t.Theme == theme.Name);
        double[] tempi = [0.8, 1.0, 1.25];

        var (_, rankings) = await ClusterWork.QueryAsync(cluster.Client, [theme], Cens with { TempoFactors = tempi, Matches = 3 });

        var ranking = Assert.Single(rankings);
        Assert.Equal(truth.Recording, ranking.Ranking[0].Recording);
        Assert.Equal(ranking.Ranking[0].Confidence, ranking.Confidence);
        Assert.True(ranking.Confidence > ranking.Ranking[1].Confidence);
        foreach (var entry in ranking.Ranking)
        {
            Assert.Contains(entry.TempoFactor, tempi);
            Assert.Equal((entry.Cost, entry.Start, entry.End), (entry.Matches[0].Cost, entry.Matches[0].Start, entry.Matches[0].End));
            Assert.InRange(entry.Matches.Count, 1, 3);
            Assert.Equal(entry.Matches.Select(m => m.Cost).Order(), entry.Matches.Select(m => m.Cost));
            Assert.All(entry.Matches, m => Assert.InRange(m.End, m.Start, durations[entry.Recording]));
            Assert.All(entry.Matches, m => Assert.DoesNotContain(entry.Matches, o => o != m && o.Start < m.End && m.Start < o.End));
        }
        Assert.Contains(ranking.Ranking, entry => entry.Matches.Count > 1);
    }

    [SkippableFact]
    public async Task AFolderHoldingAFlacRecordingIndexesItAndItsThemeFindsIt()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var theme = DemoThemes.Load(demo.ThemesFolder)[0];
        string wav = Path.Combine(demo.RecordingsFolder, JsonFiles.Read<TruthEntry>(demo.TruthFile).Single(t => t.Theme == theme.Name).Recording);
        string flac = FFmpegCli.Encode(wav, Path.ChangeExtension(wav, ".flac"));
        File.Delete(wav);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));

        var progress = await ClusterWork.IndexAsync(cluster.Client, [demo.RecordingsFolder]);
        var (_, rankings) = await ClusterWork.QueryAsync(cluster.Client, [theme], Cens);

        Assert.Empty(progress.Failures);
        Assert.Equal(Directory.GetFiles(demo.RecordingsFolder).Length, progress.Counts.Added);
        Assert.Contains(flac, (await ClusterWork.ListAsync(cluster.Client, "cens")).Select(r => r.Location));
        Assert.Equal(Path.GetFileName(flac), Assert.Single(rankings).Ranking[0].Recording);
    }

    [Fact]
    public async Task ReindexingInANewClusterOverTheSameDataReusesStoredFeatures()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var recordings = Directory.GetFiles(demo.RecordingsFolder, "*.wav");
        var data = folder.Sub("data");
        await using (var first = await LeitmotifCluster.StartAsync(data))
            await ClusterWork.IndexAsync(first.Client, recordings);

        await using var second = await LeitmotifCluster.StartAsync(data);
        var progress = await ClusterWork.IndexAsync(second.Client, recordings);
        var listed = await ClusterWork.ListAsync(second.Client, "cens");

        Assert.Equal(new IndexCounts(0, 0, recordings.Length, 0, 0, 0), progress.Counts);
        Assert.Equal(recordings.Order(StringComparer.Ordinal), listed.Select(r => r.Location));
    }

    [Fact]
    public async Task AnOwnModelRetrainedUnderItsIdIsComputedAgainNotReused()
    {
        using var folder = new TemporaryFolder();
        var recordings = ToneRecordings.Write(folder.Sub("audio"), count: 2, seconds: 2);
        string data = folder.Sub("data");
        string model = Path.Combine(Directory.CreateDirectory(Path.Combine(data, "models")).FullName, "mine" + ModelFile.Extension);
        SaveRandomModel(model, seed: 1);
        await using var cluster = await LeitmotifCluster.StartAsync(data);

        var first = await ClusterWork.IndexAsync(cluster.Client, recordings, "ctc:mine");
        var unchanged = await ClusterWork.IndexAsync(cluster.Client, recordings, "ctc:mine");
        SaveRandomModel(model, seed: 2);
        File.SetLastWriteTimeUtc(model, DateTime.UtcNow.AddSeconds(5));
        var retrained = await ClusterWork.IndexAsync(cluster.Client, recordings, "ctc:mine");

        Assert.Equal((2, 0, 2), (first.Counts.Added, first.Counts.Unchanged, first.Counts.FeaturesComputed));
        Assert.Equal((0, 2, 0), (unchanged.Counts.Added, unchanged.Counts.Unchanged, unchanged.Counts.FeaturesComputed));
        Assert.Equal((0, 2, 2), (retrained.Counts.Added, retrained.Counts.Unchanged, retrained.Counts.FeaturesComputed)); // the grains held the old weights' features in memory
    }

    private static void SaveRandomModel(string path, int seed)
    {
        using var network = new ChromaNetwork();
        HeInitialisation.Apply(network, seed);
        ModelFile.Save(path, network.ToWeights("mine"));
    }

    [Fact]
    public async Task BadFilesInABatchAreReportedByNameAndTheRestAreIndexed()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var good = Directory.GetFiles(demo.RecordingsFolder, "*.wav").Take(2).ToList();
        var garbage = Path.Combine(folder.Path, "garbage.wav");
        var empty = Path.Combine(folder.Path, "empty.wav");
        var missing = Path.Combine(folder.Path, "missing.wav");
        File.WriteAllBytes(garbage, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
        File.WriteAllBytes(empty, []);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));

        var progress = await ClusterWork.IndexAsync(cluster.Client, [good[0], garbage, empty, missing, good[1]]);

        Assert.Equal(2, progress.Counts.Added);
        Assert.Equal([empty, garbage, missing], progress.Failures.Select(f => f.Path)); // in path order
        Assert.All(progress.Failures, f => Assert.Contains(f.Path, f.Reason));
        Assert.Equal(2, (await ClusterWork.ListAsync(cluster.Client)).Count);
    }

    [Fact]
    public async Task AQueryWithNothingIndexedFailsWithAClearError()
    {
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"));

        var (status, _) = await ClusterWork.QueryAsync(cluster.Client, DemoThemes.Load(demo.ThemesFolder), Cens);

        Assert.True(status.Finished);
        Assert.Contains("no recordings are indexed", status.Error);
    }
}
