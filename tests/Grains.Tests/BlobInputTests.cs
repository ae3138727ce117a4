using Azure.Storage.Blobs;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Hosting.Storage;
using Leitmotif.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Leitmotif.Grains.Tests;

public class BlobInputTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [SkippableFact]
    public async Task RecordingsIndexedFromABlobContainerAreFoundByTheirThemesAndNamedByTheirBlobLocations()
    {
        azurite.SkipUnlessAvailable();
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var account = new BlobServiceClient(azurite.Server!.ConnectionString);
        var container = account.GetBlobContainerClient($"music-{Guid.NewGuid():N}");
        await container.CreateAsync();
        var files = Directory.GetFiles(demo.RecordingsFolder, "*.wav");
        foreach (var file in files) await container.UploadBlobAsync($"demo/{Path.GetFileName(file)}", File.OpenRead(file));
        // The silo reads no local copy: the demo folder is deleted before indexing.
        Directory.Delete(demo.RecordingsFolder, recursive: true);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"),
            services: s => s.AddSingleton(new RecordingLocations([new BlobRecordingSource(account)])));

        var progress = await ClusterWork.IndexAsync(cluster.Client, [$"az://{container.Name}/demo"]);
        var (status, rankings) = await ClusterWork.QueryAsync(cluster.Client, DemoThemes.Load(demo.ThemesFolder),
            new QueryOptions("cens", Top: 5, Transpose: false, TempoFactors: [1.0]));
        var listed = await ClusterWork.ListAsync(cluster.Client, "cens");

        Assert.Empty(progress.Failures);
        Assert.Equal(files.Length, progress.Counts.Added);
        Assert.Null(status.Error);
        Assert.Equal(files.Select(f => $"az://{container.Name}/demo/{Path.GetFileName(f)}").Order(StringComparer.Ordinal), listed.Select(r => r.Location));
        var truth = JsonFiles.Read<TruthEntry>(demo.TruthFile).ToDictionary(t => t.Theme, t => t.Recording);
        Assert.All(rankings, r => Assert.Equal(truth[r.Theme], r.Ranking[0].Recording));
    }

    [SkippableFact]
    public async Task AFlacBlobIsPipedThroughFFmpegIndexedAndFoundByItsTheme()
    {
        azurite.SkipUnlessAvailable();
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        using var folder = new TemporaryFolder();
        var demo = DemoCollection.Create(folder.Sub("demo"));
        var theme = DemoThemes.Load(demo.ThemesFolder)[0];
        string recording = JsonFiles.Read<TruthEntry>(demo.TruthFile).Single(t => t.Theme == theme.Name).Recording;
        var account = new BlobServiceClient(azurite.Server!.ConnectionString);
        var container = account.GetBlobContainerClient($"music-{Guid.NewGuid():N}");
        await container.CreateAsync();
        foreach (var file in Directory.GetFiles(demo.RecordingsFolder, "*.wav"))
        {
            string upload = Path.GetFileName(file) == recording ? FFmpegCli.Encode(file, Path.ChangeExtension(file, ".flac")) : file;
            await container.UploadBlobAsync($"demo/{Path.GetFileName(upload)}", File.OpenRead(upload));
        }
        Directory.Delete(demo.RecordingsFolder, recursive: true);
        await using var cluster = await LeitmotifCluster.StartAsync(folder.Sub("data"),
            services: s => s.AddSingleton(new RecordingLocations([new BlobRecordingSource(account)])));

        var progress = await ClusterWork.IndexAsync(cluster.Client, [$"az://{container.Name}/demo"]);
        var (_, rankings) = await ClusterWork.QueryAsync(cluster.Client, [theme],
            new QueryOptions("cens", Top: 5, Transpose: false, TempoFactors: [1.0]));

        Assert.Empty(progress.Failures);
        string flac = Path.ChangeExtension(recording, ".flac");
        Assert.Contains($"az://{container.Name}/demo/{flac}", (await ClusterWork.ListAsync(cluster.Client, "cens")).Select(r => r.Location));
        Assert.Equal(flac, Assert.Single(rankings).Ranking[0].Recording);
    }
}
