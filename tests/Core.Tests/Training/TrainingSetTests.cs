using Leitmotif.Core.Audio;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Training;

public sealed class TrainingSetTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    [Fact]
    public void KeepsTheFoldsAndSlicesTheSegmentWithItsTarget()
    {
        string pairs = WriteCorpus();
        var set = TrainingSet.Load(pairs, [1], TargetKind.Ctc, new HcqtCache(Path.Combine(_temp.Path, "cache")));

        var example = Assert.Single(set);
        Assert.Equal(25, example.Input.Frames); // [0.2, 1.2) s at 25 Hz
        Assert.Equal([0, 2], example.Target);
        using var audio = AudioReader.Open(Path.Combine(_temp.Path, "a.wav"));
        var direct = Hcqt.Compute(audio);
        var expected = direct.Data.AsSpan(5 * 1296, 25 * 1296).ToArray().Select(v => (float)(Half)v);
        Assert.Equal(expected, example.Input.Data);
    }

    [Fact]
    public void FrameLabelsMatchTheFrames()
    {
        string pairs = WriteCorpus();
        var set = TrainingSet.Load(pairs, [1], TargetKind.Linear, new HcqtCache(Path.Combine(_temp.Path, "cache")));
        Assert.Equal([.. Enumerable.Repeat(0, 13), .. Enumerable.Repeat(2, 12)], set[0].Target);
    }

    [Fact]
    public void EachRecordingIsComputedOnceAndReusedFromDisk()
    {
        string pairs = WriteCorpus();
        string folder = Path.Combine(_temp.Path, "cache");
        var cache = new HcqtCache(folder);
        var set = TrainingSet.Load(pairs, [1, 2], TargetKind.Ctc, cache);
        var first = set.ToList();
        _ = set.ToList();
        Assert.Equal(1, cache.Computed);

        var again = new HcqtCache(folder);
        var reread = TrainingSet.Load(pairs, [1, 2], TargetKind.Ctc, again).ToList();
        Assert.Equal(0, again.Computed);
        Assert.Equal(first.Select(e => e.Input.Data), reread.Select(e => e.Input.Data));
    }

    /// <summary>A 2-s 440 Hz tone and two pairs on it (folds 1 and 2); returns the pairs file.</summary>
    private string WriteCorpus()
    {
        string wav = _temp.File("a.wav");
        var samples = Enumerable.Range(0, 44100).Select(n => 0.5f * MathF.Sin(2 * MathF.PI * 440 * n / 22050)).ToArray();
        using (var writer = new WaveFileWriter(wav, WaveFormat.CreateIeeeFloatWaveFormat(22050, 1))) writer.WriteSamples(samples, 0, samples.Length);
        string second = TrainingPairsFileTests.ValidLine.Replace("\"fold\":1", "\"fold\":2").Replace("\"start\":0.2", "\"start\":0.8");
        return _temp.File("pairs.jsonl", TrainingPairsFileTests.ValidLine + "\n" + second + "\n");
    }

    public void Dispose() => _temp.Dispose();
}
