using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Tests.Audio;

public class RecordingNamesTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "coll"));

    private static string In(params string[] parts) => Path.Combine([Root, .. parts]);

    [Fact]
    public void ARecordingInAFlatFolderIsNamedByItsBareFileName() =>
        Assert.Equal("ode.wav", RecordingNames.RelativeTo(Root, In("ode.wav")));

    [Fact]
    public void ARecordingBelowASubFolderIsNamedByItsPathBelowTheRootWithSlashes() =>
        Assert.Equal("other/deep/ode.wav", RecordingNames.RelativeTo(Root, In("other", "deep", "ode.wav")));

    [Fact]
    public void AFileGivenAsItsOwnRootIsNamedByItsFileName() =>
        Assert.Equal("ode.wav", RecordingNames.RelativeTo(In("ode.wav"), In("ode.wav")));

    [Theory]
    [InlineData("az://music/set/", "az://music/set/deep/c.ogg", "deep/c.ogg")]
    [InlineData("az://music/set", "az://music/set/a.wav", "a.wav")]
    [InlineData("az://music/se", "az://music/set/a.wav", "set/a.wav")] // a prefix ending inside a name: below its folder
    [InlineData("az://music/", "az://music/set/a.wav", "set/a.wav")]
    [InlineData("az://music/set/a.wav", "az://music/set/a.wav", "a.wav")]
    public void ABlobIsNamedByItsPathBelowThePrefixsFolder(string root, string location, string name) =>
        Assert.Equal(name, RecordingNames.RelativeTo(root, location));

    [Theory]
    [InlineData("/m/a", "/m/a", true)]
    [InlineData("/m/a/x.wav", "/m/a", true)]
    [InlineData("/m/ab.wav", "/m/a", false)]
    [InlineData("/m/a.wav", "/m/a.wav", true)]
    [InlineData("az://c/set/x.wav", "az://c/set/", true)]
    [InlineData("az://c/settle/x.wav", "az://c/set", false)]
    public void ALocationIsWithinItselfAndTheFoldersAboveIt(string location, string scope, bool within) =>
        Assert.Equal(within, RecordingNames.IsWithin(location, scope));
}
