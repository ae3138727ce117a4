using Leitmotif.Core.Audio;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Audio;

public sealed class AudioFileWalkTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public AudioFileWalkTests()
    {
        // Names chosen so that the depth-first order differs from plain ordinal order of the full paths
        // (' ', '-' and '.' all sort before '/').
        foreach (var file in new[]
                 {
                     "music/a/z.wav", "music/a/c/d.ogg", "music/a/c.wav", "music/a b/x.mp3", "music/a-b/y.WAV", "music/a-b/readme.md",
                     "music/a.wav", "music/notes.txt", "music/empty/.keep", "more/b.Mp3", "loose/named.txt",
                 })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(In(file))!);
            File.WriteAllText(In(file), "");
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFolderYieldsTheFormatsFFmpegDecodesAndNoOtherExtensions()
    {
        Directory.CreateDirectory(In("other"));
        foreach (var name in new[] { "x.flac", "x.M4A", "x.opus", "x.wma", "x.aac", "x.mp4", "x.oga" }) File.WriteAllText(In($"other/{name}"), "");

        Assert.Equal(["x.M4A", "x.flac", "x.opus", "x.wma"], AudioFileWalk.Enumerate([In("other")]).Select(Path.GetFileName));
    }

    [Fact]
    public void AFolderYieldsItsAudioFilesDepthFirstInSortedOrder()
    {
        string[] expected = ["music/a/c/d.ogg", "music/a/c.wav", "music/a/z.wav", "music/a b/x.mp3", "music/a-b/y.WAV", "music/a.wav"];

        Assert.Equal(expected.Select(In), AudioFileWalk.Enumerate([In("music")]));
    }

    [Fact]
    public void RootsAreWalkedInTheOrderGivenAndANamedFileIsYieldedWhateverItsExtension()
    {
        var walked = AudioFileWalk.Enumerate([In("more"), In("loose/named.txt"), In("music/a/c")]);

        Assert.Equal([In("more/b.Mp3"), In("loose/named.txt"), In("music/a/c/d.ogg")], walked);
    }

    [Fact]
    public void TheOrderComparesPathsComponentByComponent()
    {
        string[] sorted = ["/r/a", "/r/a/c", "/r/a/c/d.ogg", "/r/a/c.wav", "/r/a b/x.mp3", "/r/a-b/y.WAV", "/r/a.wav", "/r/b"];

        Assert.Equal(sorted, Enumerable.Reverse(sorted).Order(AudioFileWalk.Order));
        Assert.Equal(0, AudioFileWalk.Order.Compare("/r/a", "/r/a"));
    }

    [Fact]
    public void ResumingAfterAnyPathYieldsExactlyWhatFollowsIt()
    {
        var roots = AudioFileWalk.NormaliseRoots([In("music"), In("more"), In("loose/named.txt")]);
        var all = AudioFileWalk.Enumerate(roots).ToList();
        Assert.Equal(8, all.Count);

        for (int i = 0; i < all.Count; i++)
            Assert.Equal(all.Skip(i + 1), AudioFileWalk.Enumerate(roots, after: all[i]));
    }

    [Fact]
    public void ResumingAfterAPathThatIsNotYieldedSkipsEverythingUpToIt()
    {
        var roots = AudioFileWalk.NormaliseRoots([In("music"), In("more"), In("loose/named.txt")]);
        var all = AudioFileWalk.Enumerate(roots).ToList();
        string[] cursors =
        [
            _folder.Path, In("a"), In("music"), In("music/a"), In("music/a/c"), In("music/a/b.wav"), In("music/a/c/zz.ogg"), In("music/a b"),
            In("music/a-b/readme.md"), In("music/notes.txt"), In("music/zzz/q.wav"), In("more/a.wav"), In("zzz"),
        ];

        foreach (var cursor in cursors)
            Assert.Equal(all.SkipWhile(p => AudioFileWalk.Order.Compare(p, cursor) <= 0), AudioFileWalk.Enumerate(roots, after: cursor));
        Assert.Equal(all[5..], AudioFileWalk.Enumerate(roots, after: In("music/a b/")));
        Assert.Equal(all[2..], AudioFileWalk.Enumerate(roots, after: In("music/a/c")));
    }

    [Fact]
    public void NormaliseRootsDropsDuplicatesAndRootsInsideOtherRootsAndSortsTheRest()
    {
        var roots = AudioFileWalk.NormaliseRoots(
        [
            In("music/a"), In("music-2"), In("music/"), In("music/a.wav"), In("music"), In("music/a/c/../z.wav"), In("more"),
        ]);

        Assert.Equal([In("more"), In("music"), In("music-2")], roots);
    }

    [Fact]
    public void AMissingRootIsYieldedAsAFileSoThatItsFailureIsReported()
    {
        Assert.Equal([In("absent"), .. AudioFileWalk.Enumerate([In("music")]), In("music.wav")],
            AudioFileWalk.Enumerate([In("absent"), In("music"), In("music.wav")]));
    }

    [SkippableFact]
    public void AFolderThatCannotBeListedIsSkipped()
    {
        if (OperatingSystem.IsWindows()) throw new SkipException("folder permissions here are Unix modes");
        var locked = In("music/a");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            Skip.If(CanList(locked), "running with rights that ignore permissions");
            Assert.Equal(["music/a b/x.mp3", "music/a-b/y.WAV", "music/a.wav"], AudioFileWalk.Enumerate([In("music")]).Select(Relative));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void CountIsTheNumberOfFilesEnumerated()
    {
        var roots = AudioFileWalk.NormaliseRoots([In("music"), In("more"), In("loose/named.txt")]);

        Assert.Equal(8, AudioFileWalk.Count(roots));
        Assert.Equal(AudioFileWalk.Enumerate(roots).Count(), AudioFileWalk.Count(roots));
    }

    private string In(string relative) => Path.GetFullPath(Path.Combine(_folder.Path, relative));

    private string Relative(string path) => Path.GetRelativePath(_folder.Path, path).Replace('\\', '/');

    private static bool CanList(string folder)
    {
        try
        {
            Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
