using Leitmotif.Core.Model;
using Leitmotif.Core.Model.Published;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model.Published;

public class ModelFetcherTests
{
    private const string V1 = "v1_ctc_train123valid4", V2 = "v2_ctc_train345valid1";
    private const string V1Data = "model_v1_ctc_train123valid4.data-00000-of-00001", V1Index = "model_v1_ctc_train123valid4.index";
    private static readonly HttpClient Http = new();

    [SkippableFact]
    public async Task FetchInstallsTheChosenModelsAndTheLicence()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var server = new LocalFileServer(Served(V1, V2));
        using var folder = new TemporaryFolder();
        var fetcher = MirrorFetcher(server, folder);

        string licence = await fetcher.FetchLicenceAsync();
        var fetched = await fetcher.FetchAsync(PublishedModels.Select($"{V2},{V1}")).ToListAsync();

        Assert.Equal(File.ReadAllText(SharedLicence), licence);
        Assert.Equal([new FetchedModel(V1, 304_377 + 1_130, true), new FetchedModel(V2, 893_048 + 3_388, true)], fetched);
        Assert.Equal([V1, V2], new ModelCatalog(folder.Path).ListModelIds());
        var installed = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["LICENSE", V1Data, V1Index, $"model_{V2}.data-00000-of-00001", $"model_{V2}.index"], installed);
        foreach (var name in installed.Skip(1))
            Assert.Equal(File.ReadAllBytes(Path.Combine(SharedData.ModelsFolder!, name!)), File.ReadAllBytes(Path.Combine(folder.Path, name!)));
    }

    [SkippableFact]
    public async Task FetchingAgainKeepsTheVerifiedFilesWithoutDownloading()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var server = new LocalFileServer(Served(V1));
        using var folder = new TemporaryFolder();
        var fetcher = MirrorFetcher(server, folder);
        await fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync();
        int requests = server.Requests.Count;

        var again = await fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync();

        Assert.Equal([new FetchedModel(V1, 304_377 + 1_130, false)], again);
        Assert.Equal(2, requests);
        Assert.Equal(requests, server.Requests.Count);
    }

    [SkippableFact]
    public async Task AFolderMirrorWithTheLicenceAboveTheModelsIsRead()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var folder = new TemporaryFolder();
        var fetcher = new ModelFetcher(Http, ModelSource.Mirror(SharedData.ModelsFolder!), folder.Path);

        string licence = await fetcher.FetchLicenceAsync();
        var fetched = await fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync();

        Assert.Equal(File.ReadAllText(SharedLicence), licence);
        Assert.Equal([new FetchedModel(V1, 304_377 + 1_130, true)], fetched);
        Assert.Equal([V1], new ModelCatalog(folder.Path).ListModelIds());
    }

    [SkippableFact]
    public async Task AHashMismatchNamesTheFileAndInstallsNothing()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        var files = Served(V1);
        files[V1Data][1000] ^= 0x01;
        using var server = new LocalFileServer(files);
        using var folder = new TemporaryFolder();
        var fetcher = MirrorFetcher(server, folder);

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync().AsTask());

        Assert.Equal(server.BaseUri + V1Data, error.Input);
        string pinned = PublishedModels.Find(V1)!.DataSha256;
        Assert.Matches($"^SHA-256 [0-9a-f]{{64}} is not the pinned {pinned} of {V1Data}; the file was not installed$", error.Reason);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [SkippableFact]
    public async Task AnInterruptedDownloadLeavesNothingHalfWrittenAndTheNextFetchResumes()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        using var server = new LocalFileServer(Served(V1));
        server.CutShort[V1Index] = true;
        using var folder = new TemporaryFolder();
        var fetcher = MirrorFetcher(server, folder);

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync().AsTask());

        Assert.Equal(server.BaseUri + V1Index, error.Input);
        Assert.StartsWith("download interrupted: ", error.Reason);
        // The data file, whole and verified, stays; without its index the model is not offered.
        Assert.Equal([V1Data], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Empty(new ModelCatalog(folder.Path).ListModelIds());

        server.CutShort.Clear();
        var resumed = await fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync();

        Assert.Equal([new FetchedModel(V1, 304_377 + 1_130, true)], resumed);
        Assert.Equal([V1Data, V1Index, V1Index], server.Requests);
        Assert.Equal([V1], new ModelCatalog(folder.Path).ListModelIds());
    }

    [Fact]
    public async Task AnUnreachableHostIsNamed()
    {
        var source = ModelSource.Mirror($"http://127.0.0.1:{LocalFileServer.FreePort()}/mirror");
        using var folder = new TemporaryFolder();
        var fetcher = new ModelFetcher(Http, source, folder.Path);

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchLicenceAsync());

        Assert.Equal(source.Root + "LICENSE", error.Input);
        Assert.StartsWith("unreachable: ", error.Reason);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task AFileTheMirrorLacksIsNamed()
    {
        using var server = new LocalFileServer(new Dictionary<string, byte[]>());
        using var folder = new TemporaryFolder();
        var fetcher = MirrorFetcher(server, folder);

        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(PublishedModels.Select(V1)).ToListAsync().AsTask());

        Assert.Equal(server.BaseUri + V1Data, error.Input);
        Assert.Equal("not found", error.Reason);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static ModelFetcher MirrorFetcher(LocalFileServer server, TemporaryFolder folder) =>
        new(Http, ModelSource.Mirror(server.BaseUri.AbsoluteUri), folder.Path);

    private static string SharedLicence => Path.Combine(SharedData.ModelsFolder!, "..", "LICENSE");

    /// <summary>The shared copies of the models' files and of the licence, by file name, as a mirror serves them.</summary>
    private static Dictionary<string, byte[]> Served(params string[] ids)
    {
        var files = ids.SelectMany(id => PublishedModels.Find(id)!.Files).Select(f => f.FileName)
            .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(SharedData.ModelsFolder!, name)));
        files["LICENSE"] = File.ReadAllBytes(SharedLicence);
        return files;
    }
}
