using Leitmotif.Core.Corpus;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class AsapMetadataTests : IDisposable
{
    private const string Header = "composer,title,folder,xml_score,midi_score,midi_performance,performance_annotations,midi_score_annotations\n";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadResolvesPathsAndReportsBadRowsByLine()
    {
        _folder.File(AsapMetadata.FileName, Header
            + "Bach,\"Fugue, bwv 846\",Bach/F,x.xml,Bach/F/midi_score.mid,Bach/F/P1.mid,Bach/F/P1_annotations.txt,Bach/F/midi_score_annotations.txt\n"
            + "Bach,Short,row\n"
            + "Bach,Empty,Bach/E,x.xml,,Bach/E/P.mid,Bach/E/P_annotations.txt,Bach/E/midi_score_annotations.txt\n");

        var (performances, skipped) = AsapMetadata.Read(_folder.Path);

        var p = Assert.Single(performances);
        Assert.Equal("Bach/Fugue, bwv 846", p.Piece);
        Assert.Equal("P1", p.Performer);
        Assert.Equal(Path.Combine(_folder.Path, "Bach", "F", "P1.mid"), p.PerformanceMidi);
        Assert.Equal(2, skipped.Count);
        Assert.Contains(":3: 3 fields", skipped[0]);
        Assert.Contains(":4: empty midi_score", skipped[1]);
    }

    [Fact]
    public void ReadNamesAMissingTable() =>
        Assert.Contains("file not found", Assert.Throws<InputException>(() => AsapMetadata.Read(_folder.Path)).Reason);
}
