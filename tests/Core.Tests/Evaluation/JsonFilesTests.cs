using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Evaluation;

public sealed class JsonFilesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WritingIntoAMissingFolderFailsWithoutCreatingIt()
    {
        var missing = Path.Combine(_folder.Path, "missing");

        Assert.Throws<DirectoryNotFoundException>(() => JsonFiles.Write(Path.Combine(missing, "results.json"), new[] { 1, 2 }));

        Assert.False(Directory.Exists(missing));
    }

    [Theory]
    [InlineData("[\n  {\"theme\": \"a.mid\",\n  \"recording\" \"r.wav\"}\n]", "malformed JSON at line 3, column 15")]
    [InlineData("{\"theme\": \"a.mid\"}", "expected a JSON array at line 1, column 1")]
    [InlineData("[\n  {\"theme\": \"a.mid\", \"recording\": \"r.wav\", \"start\": \"x\", \"end\": 2}\n]",
        "$[0].start (ending at line 2, column 55) is missing or of the wrong kind; each entry needs theme, recording, start, end")]
    [InlineData("[{\"recording\": \"r.wav\", \"start\": 1, \"end\": 2}]",
        "$[0] (ending at line 1, column 45) is missing or of the wrong kind; each entry needs theme, recording, start, end")]
    [InlineData("[{\"theme\": null, \"recording\": \"r.wav\", \"start\": 1, \"end\": 2}]",
        "$[0].theme (ending at line 1, column 15) is missing or of the wrong kind; each entry needs theme, recording, start, end")]
    [InlineData(" \n", "empty file; expected a JSON array")]
    public void AFileThatIsNotAnArrayOfEntriesIsNamedWithWhereItGoesWrong(string text, string reason)
    {
        var path = _folder.File("truth.json", text);

        var error = Assert.Throws<InputException>(() => JsonFiles.Read<TruthEntry>(path));

        Assert.Equal($"{path}: {reason}", error.Message);
    }
}
