using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Training;

public sealed class HcqtCacheTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    [Fact]
    public void ASliceIsCutAtTheRecordingsEnd()
    {
        string wav = WriteTone(seconds: 1);
        var cache = new HcqtCache(Path.Combine(_temp.Path, "cache"));

        var whole = cache.Slice(wav, 0, 1000);
        var tail = cache.Slice(wav, whole.Frames - 3, 10);

        Assert.Equal(25, whole.Frames);
        Assert.Equal(3, tail.Frames);
        Assert.Equal(whole.Data[^(3 * 1296)..], tail.Data);
        Assert.Equal(0, cache.Slice(wav, 40, 5).Frames);
    }

    [Fact]
    public void AnUnreadableCacheFileIsRecomputed()
    {
        string wav = WriteTone(seconds: 1);
        string folder = Path.Combine(_temp.Path, "cache");
        var expected = new HcqtCache(folder).Slice(wav, 2, 5);
        string file = Assert.Single(Directory.GetFiles(folder, "*" + HcqtCache.Extension));
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..100]); // truncated

        var again = new HcqtCache(folder);
        var slice = again.Slice(wav, 2, 5);

        Assert.Equal(1, again.Computed);
        Assert.Equal(expected.Data, slice.Data);
    }

    private string WriteTone(double seconds)
    {
        string wav = _temp.File("tone.wav");
        var samples = Enumerable.Range(0, (int)(seconds * 22050)).Select(n => 0.5f * MathF.Sin(2 * MathF.PI * 440 * n / 22050)).ToArray();
        using var writer = new WaveFileWriter(wav, WaveFormat.CreateIeeeFloatWaveFormat(22050, 1));
        writer.WriteSamples(samples, 0, samples.Length);
        return wav;
    }

    public void Dispose() => _temp.Dispose();
}
