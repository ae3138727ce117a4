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

    [Fact]
    public void ComputesTheFeaturesOfEveryRecordingExceptCurrentOnesAndReportsBadFilesByName()
    {
        using var folder = new TemporaryFolder();
        var a = Tone(folder.File("a.wav"), 220);
        var b = Tone(folder.File("b.wav"), 330);
        var current = Tone(folder.File("c.wav"), 440);
        var garbage = folder.File("garbage.wav", "not audio at all, but long enough to have a header");
        var missing = folder.File("missing.wav");
        var extractor = new CensFeatures();

        var result = ShardIndexing.Compute([a, garbage, b, missing, current], RecordingLocations.LocalOnly, p => Path.GetFileName(p), extractor,
            (id, fingerprint) => id == "c.wav" && fingerprint == SourceFingerprint.Of(current), maxThreads: 2);

        Assert.Equal([a, b], result.Computed.Select(c => c.Path));
        Assert.Equal(["a.wav", "b.wav"], result.Computed.Select(c => c.RecordingId));
        Assert.Equal(RecordingFeatures.Compute(a, extractor).Data, result.Computed[0].Features.Data);
        Assert.Equal(SourceFingerprint.Of(b), result.Computed[1].Fingerprint);
        Assert.Equal(1, result.Reused);
        Assert.Equal([garbage, missing], result.Failures.Select(f => f.Path));
        Assert.All(result.Failures, f => Assert.StartsWith(f.Path, f.Reason));
    }
}
