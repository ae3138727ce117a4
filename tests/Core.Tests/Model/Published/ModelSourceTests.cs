using Leitmotif.Core.Model.Published;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model.Published;

public class ModelSourceTests
{
    private static readonly PinnedFile Index = PublishedModels.Find("v2_ctc_train345valid1")!.Files[1];

    [Fact]
    public void TheRepositoryServesEachFileAtItsPathInThePinnedCommit()
    {
        Assert.Equal(["https://raw.githubusercontent.com/fzalkow/ctc_chroma/fff53f9ac1d59964b64fc80aba28ee590554e75e/ctc_chroma/models/model_v2_ctc_train345valid1.index"],
            ModelSource.Repository.Locations(Index).Select(u => u.AbsoluteUri));
        Assert.Equal(["https://raw.githubusercontent.com/fzalkow/ctc_chroma/fff53f9ac1d59964b64fc80aba28ee590554e75e/LICENSE"],
            ModelSource.Repository.Locations(PublishedModels.Licence).Select(u => u.AbsoluteUri));
    }

    [Theory]
    [InlineData("http://mirror.example/models")]
    [InlineData("http://mirror.example/models/")]
    public void AUrlMirrorServesTheFilesSideBySide(string from)
    {
        var mirror = ModelSource.Mirror(from);

        Assert.Equal(["http://mirror.example/models/model_v2_ctc_train345valid1.index"], mirror.Locations(Index).Select(u => u.AbsoluteUri));
        Assert.Equal(["http://mirror.example/models/LICENSE", "http://mirror.example/LICENSE"],
            mirror.Locations(PublishedModels.Licence).Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void AFolderMirrorLooksForTheLicenceBesideThenAboveTheModels()
    {
        using var folder = new TemporaryFolder();
        string models = Directory.CreateDirectory(Path.Combine(folder.Path, "models")).FullName;

        var mirror = ModelSource.Mirror(models + Path.DirectorySeparatorChar);

        Assert.Equal([Path.Combine(models, Index.FileName)], mirror.Locations(Index).Select(ModelSource.Describe));
        Assert.Equal([Path.Combine(models, "LICENSE"), Path.Combine(folder.Path, "LICENSE")],
            mirror.Locations(PublishedModels.Licence).Select(ModelSource.Describe));
    }

    [Theory]
    [InlineData("ftp://mirror.example/models")]
    [InlineData("/no/such/folder")]
    public void NeitherAFolderNorAnHttpUrlIsRefused(string from)
    {
        var error = Assert.Throws<InputException>(() => ModelSource.Mirror(from));

        Assert.Equal($"--from {from}", error.Input);
        Assert.Equal("neither a folder nor an http(s) URL", error.Reason);
    }
}
