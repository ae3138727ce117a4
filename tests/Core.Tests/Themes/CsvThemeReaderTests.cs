using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Themes;

namespace Leitmotif.Core.Tests.Themes;

public sealed class CsvThemeReaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadConvertsBeatsToSecondsAtTheGivenTempo()
    {
        string path = _folder.File("theme.csv", "onset,duration,pitch\n1,1,60\n2,0.5,62\n\n2.5,1.5,64\n");

        var theme = CsvThemeReader.Read(path, tempoQpm: 120);

        Assert.Equal("theme.csv", theme.Name);
        Assert.Equal([new Note(0, 0.5, 60), new Note(0.5, 0.25, 62), new Note(0.75, 0.75, 64)], theme.Notes);
        Assert.Empty(theme.Remarks);
    }

    [Fact]
    public void ReadDefaultsTo100QuarterNotesPerMinute()
    {
        string path = _folder.File("theme.csv", "onset,duration,pitch\n0,1,60\n");

        Assert.Equal([new Note(0, 0.6, 60)], CsvThemeReader.Read(path).Notes);
    }

    [Fact]
    public void ReadAcceptsTheHeaderInAnyCaseWithSpaces()
    {
        string path = _folder.File("theme.csv", " Onset , Duration,PITCH \r\n0, 1 ,60\r\n");

        Assert.Equal([new Note(0, 0.5, 60)], CsvThemeReader.Read(path, 120).Notes);
    }

    [Fact]
    public void ReadReducesOverlappingNotesAndSaysSo()
    {
        string path = _folder.File("chord.csv", "onset,duration,pitch\n0,2,60\n0,2,64\n0,2,67\n");

        var theme = CsvThemeReader.Read(path, 60);

        Assert.Equal([new Note(0, 2, 67)], theme.Notes);
        Assert.Equal(["overlapping notes: kept the highest sounding note (2 notes changed)"], theme.Remarks);
    }

    [Theory]
    [InlineData("onset,duration,pitch\n0,1,60\n1,1\n", "line 3: expected 3 fields (onset,duration,pitch), found 2")]
    [InlineData("onset,duration,pitch\n0,1,60\n\nx,1,60\n", "line 4: onset 'x' is not a number ≥ 0")]
    [InlineData("onset,duration,pitch\n0,0,60\n", "line 2: duration '0' is not a number > 0")]
    [InlineData("onset,duration,pitch\n0,1,128\n", "line 2: pitch '128' is not a MIDI note number 0–127")]
    [InlineData("onset,duration,pitch\n0,1,60.5\n", "line 2: pitch '60.5' is not a MIDI note number 0–127")]
    [InlineData("pitch,onset,duration\n60,0,1\n", "line 1: expected the header 'onset,duration,pitch', found 'pitch,onset,duration'")]
    [InlineData("", "line 1: expected the header 'onset,duration,pitch', found an empty file")]
    [InlineData("onset,duration,pitch\n", "the theme has no notes")]
    public void ReadRejectsMalformedFilesNamingFileAndLine(string text, string reason)
    {
        string path = _folder.File("bad.csv", text);

        var e = Assert.Throws<InputException>(() => CsvThemeReader.Read(path));

        Assert.Equal($"{path}: {reason}", e.Message);
    }

    [Fact]
    public void ReadOfAMissingFileIsAnInputError()
    {
        string path = _folder.File("missing.csv");

        Assert.Equal($"{path}: file not found", Assert.Throws<InputException>(() => CsvThemeReader.Read(path)).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(double.NaN)]
    public void ReadRejectsNonPositiveTempo(double tempoQpm)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvThemeReader.Read(_folder.File("any.csv"), tempoQpm));
    }
}
