using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Evaluation;

public sealed class JsonFilesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WritingIntoAMissingFolderFailsWithoutCreatingIt()
    {
        var missing = Path.Combine(_folder.Path, "missing");

        Assert.Throws<DirectoryNotFoundException>(() => JsonFiles.Write(Path.Combine(missing, "results.json"), new[] { 1, 2 }));

        Assert.False(Directory.Exists(missing));
    }
}
