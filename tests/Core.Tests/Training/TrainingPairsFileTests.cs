using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class TrainingPairsFileTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    internal const string ValidLine =
        """{"audio":"a.wav","fold":1,"piece":"p","start":0.2,"end":1.2,"bars":1,"notes":[{"onset":0,"duration":1,"pitch":60},{"onset":1,"duration":1,"pitch":62}],"beatSeconds":[0.2,0.7,1.2]}""";

    [Fact]
    public void ReadsEveryPairAndSkipsBlankLines()
    {
        string path = _temp.File("pairs.jsonl", ValidLine + "\n\n" + ValidLine.Replace("\"fold\":1", "\"fold\":3") + "\n");
        var pairs = TrainingPairsFile.Read(path);
        Assert.Equal([1, 3], pairs.Select(p => p.Fold));
        Assert.Equal(62, pairs[0].Notes[1].Pitch);
        Assert.Equal([0.2, 0.7, 1.2], pairs[0].BeatSeconds);
    }

    [Theory]
    [InlineData("{not json", "line 2: not a training pair")]
    [InlineData("""{"audio":"a.wav","fold":9,"piece":"p","start":0,"end":1,"bars":1,"notes":[],"beatSeconds":[0,1]}""", "line 2: fold 9 is outside 1–5")]
    [InlineData("""{"audio":"a.wav","fold":1,"piece":"p","start":1,"end":1,"bars":1,"notes":[],"beatSeconds":[0,1]}""", "line 2: segment [1, 1) s is empty")]
    public void MalformedLineNamesFileAndLine(string line, string reason)
    {
        string path = _temp.File("pairs.jsonl", ValidLine + "\n" + line + "\n");
        var e = Assert.Throws<InputException>(() => TrainingPairsFile.Read(path));
        Assert.Equal(path, e.Input);
        Assert.StartsWith(reason, e.Reason);
    }

    public void Dispose() => _temp.Dispose();
}
