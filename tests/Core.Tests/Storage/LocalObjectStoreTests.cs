using Leitmotif.Core.Storage;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Storage;

public class LocalObjectStoreTests
{
    private const string Name = "shards/p07g0/cens/000003.lms";

    [Fact]
    public async Task AWrittenObjectReadsBackWhole()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);
        byte[] content = [0, 1, 2, 255, 128, 7];

        await store.WriteAsync(Name, content);

        Assert.Equal(content, await store.ReadAsync(Name));
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(folder.Path, "shards", "p07g0", "cens", "000003.lms")));
    }

    [Fact]
    public async Task AnAbsentObjectReadsAsNull()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);
        await store.WriteAsync("shards/a", [1]);

        Assert.Null(await store.ReadAsync("shards/b"));
        Assert.Null(await store.ReadAsync("elsewhere/b"));
    }

    [Fact]
    public async Task WritingAgainReplacesTheObject()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);
        await store.WriteAsync(Name, [1, 2, 3, 4, 5]);

        await store.WriteAsync(Name, [9]);

        Assert.Equal([9], await store.ReadAsync(Name));
    }

    [Fact]
    public async Task ADeletedObjectReadsAsNull()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);
        await store.WriteAsync(Name, [1]);
        await store.WriteAsync("shards/other", [2]);

        await store.DeleteAsync(Name);

        Assert.Null(await store.ReadAsync(Name));
        Assert.Equal([2], await store.ReadAsync("shards/other"));
    }

    [Fact]
    public async Task DeletingAnAbsentObjectIsNotAnError()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);
        await store.WriteAsync("shards/a", [1]);

        await store.DeleteAsync("shards/b");
        await store.DeleteAsync("nowhere/at/all");

        Assert.Equal([1], await store.ReadAsync("shards/a"));
    }

    [Fact]
    public async Task WritingLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(folder.Path);

        await store.WriteAsync(Name, [1, 2]);
        await store.WriteAsync(Name, [3]);

        Assert.Equal([Path.Combine(folder.Path, "shards", "p07g0", "cens", "000003.lms")], Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("../outside")]
    [InlineData("shards/../../outside")]
    [InlineData("shards//a")]
    [InlineData("shards/./a")]
    [InlineData("shards/")]
    [InlineData("shards\\a")]
    public async Task NamesThatAreNotPlainRelativePathsAreRejected(string name)
    {
        using var folder = new TemporaryFolder();
        var store = new LocalObjectStore(Path.Combine(folder.Path, "store"));

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync(name, [1]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(name));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(name));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void TheRootIsAFullPath()
    {
        Assert.Equal(Path.GetFullPath("objects"), new LocalObjectStore("objects").Root);
    }
}
