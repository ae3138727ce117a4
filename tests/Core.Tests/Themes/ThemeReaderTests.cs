using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Themes;

public sealed class ThemeReaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadDispatchesCsvWithTheOptionsTempo()
    {
        string path = _folder.File("theme.CSV", "onset,duration,pitch\n0,1,60\n");

        var theme = ThemeReader.Read(path, new ThemeReadOptions(TempoQpm: 60));

        Assert.Equal([new Note(0, 1, 60)], theme.Notes);
    }

    [Theory]
    [InlineData("theme.mid")]
    [InlineData("theme.MIDI")]
    public void ReadDispatchesMidiByExtension(string name)
    {
        // Not a MIDI file: the message shows that the MIDI reader was chosen.
        string path = _folder.File(name, "onset,duration,pitch\n0,1,60\n");

        var e = Assert.Throws<InputException>(() => ThemeReader.Read(path, new ThemeReadOptions()));

        Assert.StartsWith($"{path}: not a readable MIDI file", e.Message);
    }

    [Theory]
    [InlineData("theme.musicxml")]
    [InlineData("theme.XML")]
    [InlineData("theme.mxl")]
    public void ReadDispatchesMusicXmlByExtensionWithTheOptionsTempoAndPart(string name)
    {
        string xml = MusicXmlThemeReaderTests.Score(("P1", "Flute", "<measure number=\"1\"><attributes><divisions>1</divisions></attributes>"
                + MusicXmlThemeReaderTests.N("C", 5, 1) + "</measure>"),
            ("P2", "Oboe", "<measure number=\"1\"><attributes><divisions>1</divisions></attributes>" + MusicXmlThemeReaderTests.N("E", 5, 2) + "</measure>"));
        string path = name.EndsWith(".mxl") ? MusicXmlFileTests.Compressed(_folder.File(name), xml) : _folder.File(name, xml);

        var theme = ThemeReader.Read(path, new ThemeReadOptions(TempoQpm: 60, Part: "oboe"));

        Assert.Equal([new Note(0, 2, 76)], theme.Notes);
    }

    [Theory]
    [InlineData("theme.txt", "'.txt'")]
    [InlineData("theme", "''")]
    public void ReadRejectsUnsupportedExtensions(string name, string shown)
    {
        string path = _folder.File(name, "onset,duration,pitch\n0,1,60\n");

        var e = Assert.Throws<InputException>(() => ThemeReader.Read(path, new ThemeReadOptions()));

        Assert.Equal($"{path}: unsupported theme format {shown} (expected .mid, .midi, .csv, .musicxml, .xml, .mxl)", e.Message);
    }

    [Fact]
    public void ReadOfAMissingFileIsAnInputError()
    {
        string path = _folder.File("missing.csv");

        Assert.Equal($"{path}: file not found",
            Assert.Throws<InputException>(() => ThemeReader.Read(path, new ThemeReadOptions())).Message);
    }
}
