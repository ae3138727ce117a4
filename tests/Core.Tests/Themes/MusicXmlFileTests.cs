using System.IO.Compression;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Themes;

public sealed class MusicXmlFileTests : IDisposable
{
    private const string Container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container><rootfiles><rootfile full-path="score/theme.musicxml" media-type="application/vnd.recordare.musicxml+xml"/></rootfiles></container>
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes a compressed MusicXML file holding <paramref name="score"/> at score/theme.musicxml, a decoy score first,
    /// and the container (unless null); returns <paramref name="path"/>.</summary>
    internal static string Compressed(string path, string score, string? container = Container)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string text)
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(text);
        }
        Add("mimetype", "application/vnd.recordare.musicxml");
        Add("decoy.musicxml", "<score-partwise/>");
        if (container != null) Add("META-INF/container.xml", container);
        Add("score/theme.musicxml", score);
        return path;
    }

    private static string OneNote => MusicXmlThemeReaderTests.Score(
        $"""<measure number="1">{MusicXmlThemeReaderTests.Start(1)}{MusicXmlThemeReaderTests.N("A", 4, 1)}</measure>""");

    [Fact]
    public void ACompressedScoreIsTheRootFileItsContainerNames()
    {
        string path = Compressed(_folder.File("theme.mxl"), OneNote);

        Assert.Equal("score-partwise", MusicXmlFile.Open(path).Root!.Name.LocalName);
        Assert.Equal([new Note(0, 1, 69)], MusicXmlThemeReader.Read(path).Notes);
    }

    [Fact]
    public void ACompressedScoreWithoutContainerIsAnInputError()
    {
        string path = Compressed(_folder.File("theme.mxl"), OneNote, container: null);

        Assert.Equal($"{path}: compressed MusicXML without META-INF/container.xml",
            Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }

    [Fact]
    public void AContainerNamingAMissingRootFileIsAnInputError()
    {
        string path = Compressed(_folder.File("theme.mxl"), OneNote, Container.Replace("score/theme", "gone"));

        Assert.Equal($"{path}: the rootfile 'gone.musicxml' named in META-INF/container.xml is not in the archive",
            Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }

    [Fact]
    public void AnMxlThatIsNoZipArchiveIsAnInputError()
    {
        string path = _folder.File("theme.mxl", OneNote);

        Assert.StartsWith($"{path}: not a readable compressed MusicXML (.mxl) file (",
            Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }

    [Fact]
    public void MalformedXmlIsAnInputErrorWithLineAndPosition()
    {
        string path = _folder.File("broken.musicxml", "<score-partwise>\n  <part-list>\n</score-partwise>");

        var e = Assert.Throws<InputException>(() => MusicXmlFile.Open(path));

        Assert.StartsWith($"{path}: not well-formed XML (line 3, position 3: ", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void MalformedXmlInsideAnMxlNamesTheEntry()
    {
        string path = Compressed(_folder.File("theme.mxl"), "<score-partwise>");

        Assert.StartsWith($"{path}: not well-formed XML in score/theme.musicxml (line 1, position 17: ",
            Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }

    [Fact]
    public void XmlThatIsNoScoreIsAnInputErrorNamingItsRoot()
    {
        string path = _folder.File("other.xml", "<?xml version=\"1.0\"?><project><item/></project>");

        Assert.Equal($"{path}: not a MusicXML score (root element <project>, expected <score-partwise> or <score-timewise>)",
            Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }

    [Fact]
    public void AMissingFileIsAnInputError()
    {
        string path = _folder.File("missing.mxl");

        Assert.Equal($"{path}: file not found", Assert.Throws<InputException>(() => MusicXmlFile.Open(path)).Message);
    }
}
