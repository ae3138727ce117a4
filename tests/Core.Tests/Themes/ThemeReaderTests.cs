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

        var theme = ThemeReader.Read(path, new ThemeReadOptions(CsvTempoQpm: 60));

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
    [InlineData("theme.txt", "'.txt'")]
    [InlineData("theme", "''")]
    public void ReadRejectsUnsupportedExtensions(string name, string shown)
    {
        string path = _folder.File(name, "onset,duration,pitch\n0,1,60\n");

        var e = Assert.Throws<InputException>(() => ThemeReader.Read(path, new ThemeReadOptions()));

        Assert.Equal($"{path}: unsupported theme format {shown} (expected .mid, .midi or .csv)", e.Message);
    }

    [Fact]
    public void ReadOfAMissingFileIsAnInputError()
    {
        string path = _folder.File("missing.csv");

        Assert.Equal($"{path}: file not found",
            Assert.Throws<InputException>(() => ThemeReader.Read(path, new ThemeReadOptions())).Message);
    }
}
