using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Shards;
using Leitmotif.Core.Storage;
using Leitmotif.Core.Tests.TestSupport;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Shards;

public class ShardIndexingTests
{
    private static string Tone(string path, double frequency)
    {
        const int rate = 22050;
        var samples = Enumerable.Range(0, rate * 2).Select(n => (float)(0.3 * Math.Sin(2 * Math.PI * frequency * n / rate))).ToArray();
        using var writer = new WaveFileWriter(path, WaveFormat.CreateIeeeFloatWaveFormat(rate, 1));
        writer.WriteSamples(samples, 0, samples.Length);
        return path;
    }

    private static string ContentOf(string path)
    {
        using var stream = File.OpenRead(path);
        return ContentFingerprint.Of(stream);
    }

    [Fact]
    public void ComputesTheFeaturesOfNewRecordingsSkipsUnchangedCurrentOnesAndReportsBadFilesByName()
    {
        using var folder = new TemporaryFolder();
        var a = Tone(folder.File("a.wav"), 220);
        var b = Tone(folder.File("b.wav"), 330);
        var current = Tone(folder.File("c.wav"), 440);
        var garbage = folder.File("garbage.wav", "not audio at all, but long enough to have a header");
        var missing = folder.File("missing.wav");
        var extractor = new CensFeatures();
        var stored = new StoredRecording("c-id", current, LocalRecordingSource.StampOf(current), "c-content");

        var result = ShardIndexing.Compute([(a, "a.wav"), (garbage, "garbage.wav"), (b, "b.wav"), (missing, "missing.wav"), (current, "c.wav")],
            RecordingLocations.LocalOnly, name => name == "c.wav" ? [stored] : [], extractor, id => id == "c-id", maxThreads: 2);

        Assert.Equal([a, b, current], result.Recordings.Select(r => r.Location));
        Assert.Equal([RecordingChange.Added, RecordingChange.Added, RecordingChange.Unchanged], result.Recordings.Select(r => r.Decision.Change));
        Assert.Equal([RecordingIds.Of("a.wav", ContentOf(a)), RecordingIds.Of("b.wav", ContentOf(b)), "c-id"], result.Recordings.Select(r => r.Decision.RecordingId));
        Assert.Equal(RecordingFeatures.Compute(a, extractor).Data, result.Recordings[0].Features!.Data);
        Assert.Equal(2, result.Recordings[0].AudioSeconds, 3);
        Assert.Null(result.Recordings[2].Features);
        Assert.Equal([garbage, missing], result.Failures.Select(f => f.Path));
        Assert.All(result.Failures, f => Assert.StartsWith(f.Path, f.Reason));
    }

    [Fact]
    public void AnUnchangedRecordingWithoutCurrentFeaturesOfTheKindHasThemComputed()
    {
        using var folder = new TemporaryFolder();
        var a = Tone(folder.File("a.wav"), 220);
        var stored = new StoredRecording("a-id", a, LocalRecordingSource.StampOf(a), "a-content");

        var result = ShardIndexing.Compute([(a, "a.wav")], RecordingLocations.LocalOnly, _ => [stored], new CensFeatures(), _ => false, maxThreads: 1);

        var indexed = Assert.Single(result.Recordings);
        Assert.Equal((RecordingChange.Unchanged, "a-id"), (indexed.Decision.Change, indexed.Decision.RecordingId));
        Assert.NotNull(indexed.Features);
    }
}
