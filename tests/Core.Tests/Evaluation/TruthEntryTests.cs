using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Evaluation;

public sealed class TruthEntryTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsTheFormWithoutSegmentsAsOneOccurrence()
    {
        var path = _folder.File("truth.json", """[{"theme": "a.mid", "recording": "r.wav", "start": 12.5, "end": 18}]""");

        var entry = Assert.Single(JsonFiles.Read<TruthEntry>(path));

        Assert.Null(entry.Segments);
        Assert.Equal([(12.5, 18.0)], entry.Occurrences());
    }

    [Fact]
    public void ReadsEverySegment()
    {
        var path = _folder.File("truth.json",
            """[{"theme": "a.mid", "recording": "r.wav", "start": 40, "end": 45, "segments": [[10, 15.5], [40, 45]]}]""");

        var entry = Assert.Single(JsonFiles.Read<TruthEntry>(path));

        Assert.Equal((40.0, 45.0), (entry.Start, entry.End));
        Assert.Equal([(10.0, 15.5), (40.0, 45.0)], entry.Occurrences());
    }

    [Fact]
    public void WritesSegmentsOnlyWhereGiven()
    {
        var path = _folder.File("truth.json");

        JsonFiles.Write(path, [new TruthEntry("a.mid", "r.wav", 1, 2), new TruthEntry("b.mid", "r.wav", 3, 4, [[3, 4], [7, 8]])]);

        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split("\"segments\"").Length - 1);
        Assert.Equal([null, 2], JsonFiles.Read<TruthEntry>(path).Select(t => t.Segments?.Count));
    }

    [Fact]
    public void ASegmentThatIsNotAPairIsRejected()
    {
        var entry = new TruthEntry("a.mid", "r.wav", 1, 2, [[1, 2], [5]]);

        var e = Assert.Throws<ArgumentException>(() => entry.Occurrences().ToList());

        Assert.Contains("[5]", e.Message);
    }
}
