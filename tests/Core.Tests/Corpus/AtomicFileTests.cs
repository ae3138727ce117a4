using Leitmotif.Core.Corpus;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Corpus;

public class AtomicFileTests
{
    [Fact]
    public async Task WriteAsyncReplacesTheFileOnlyOnceWritten()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("a.txt", "old");

        await AtomicFile.WriteAsync(path, async temporary =>
        {
            await File.WriteAllTextAsync(temporary, "new");
            Assert.Equal("old", File.ReadAllText(path));
        });

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task AFailedWriteLeavesTheOldFileAndNoTemporary()
    {
        using var folder = new TemporaryFolder();
        string path = folder.File("a.txt", "old");

        await Assert.ThrowsAsync<InvalidDataException>(() => AtomicFile.WriteAsync(path, async temporary =>
        {
            await File.WriteAllTextAsync(temporary, "half");
            throw new InvalidDataException("cut short");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}
