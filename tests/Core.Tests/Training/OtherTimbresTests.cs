using System.Text.Json;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class OtherTimbresTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    [Fact]
    public void OnlyRenderingsWithAReplacedProgramCount()
    {
        var manifest = new CorpusManifest(0, 5, 180, [
            new CorpusRecording("performances/a.wav", "c", "t", "p", 1, 10, null, false),
            new CorpusRecording("performances/a_program048.wav", "c", "t", "p", 1, 10, 48, false),
            new CorpusRecording("recordings/b.wav", "c", "t", "q", 2, 10, null, true),
        ], []);
        File.WriteAllText(Path.Combine(_temp.Path, CorpusManifest.FileName), JsonSerializer.Serialize(manifest, JsonFiles.SerializerOptions));

        Assert.Equal(["performances/a_program048.wav"], OtherTimbres.In(_temp.Path));
    }

    [Fact]
    public void AFolderWithoutAManifestHasNone()
    {
        Assert.Empty(OtherTimbres.In(_temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
