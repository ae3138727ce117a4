using Leitmotif.Core.Audio;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Audio;

public class RecordingLocationsTests
{
    /// <summary>A source of made-up URIs <c>mem://&lt;root&gt;/&lt;n&gt;.wav</c>, to check how sources are chosen and walked.</summary>
    private sealed class MemorySource(params string[] names) : IRecordingSource
    {
        public bool Handles(string location) => location.StartsWith("mem://", StringComparison.Ordinal);
        public string Normalise(string root) => root.TrimEnd('/');
        public IEnumerable<string> Enumerate(string root, string? after = null) =>
            names.Select(n => $"{root}/{n}").Where(l => after == null || string.CompareOrdinal(l, after) > 0);
        public RecordingStamp Stamp(string location) => new(0, "0");
        public bool Exists(string location) => true;
        public Stream Open(string location) => Stream.Null;
    }

    [Theory]
    [InlineData("az://container/prefix", true)]
    [InlineData("https://account.blob.core.windows.net/container/a.wav", true)]
    [InlineData("/music/a.wav", false)]
    [InlineData("C://music/a.wav", false)] // a drive letter, not a scheme
    [InlineData("relative/a://b.wav", false)]
    public void UrisAreToldApartFromLocalPaths(string location, bool isUri) =>
        Assert.Equal(isUri, RecordingLocations.IsUri(location));

    [Fact]
    public void LocalRootsComeFirstAsTheFileWalkNormalisesThemThenUrisSortedAndDeduplicated()
    {
        using var folder = new TemporaryFolder();
        var locations = new RecordingLocations([new MemorySource()]);

        var roots = locations.Normalise(["mem://b/", folder.Path, "mem://a", Path.Combine(folder.Path, "inner"), "mem://b"]);

        Assert.Equal([folder.Path, "mem://a", "mem://b"], roots);
    }

    [Fact]
    public void AWalkResumedAfterACursorYieldsExactlyTheRestOfTheRootsInOrder()
    {
        var locations = new RecordingLocations([new MemorySource("1.wav", "2.wav", "3.wav")]);
        IReadOnlyList<string> roots = ["mem://a", "mem://b"];
        var whole = locations.Enumerate(roots).ToList();

        for (int done = 0; done < whole.Count; done++)
        {
            var (root, cursor) = whole[done];
            Assert.Equal(whole.Skip(done + 1), locations.Enumerate(roots, root, cursor));
        }
        Assert.Equal(6, whole.Count);
        Assert.Equal([0, 0, 0, 1, 1, 1], whole.Select(w => w.Root));
    }

    [Fact]
    public void AUriNoSourceReadsIsAnInputErrorNamingIt()
    {
        var e = Assert.Throws<InputException>(() => RecordingLocations.LocalOnly.For("az://music/"));

        Assert.Equal("az://music/", e.Input);
        Assert.Contains("LEITMOTIF_AZURE_STORAGE", e.Reason);
    }
}
