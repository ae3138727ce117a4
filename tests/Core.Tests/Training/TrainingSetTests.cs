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

    [Fact]
    public void ASampleKeepsAtMostTheCountPerFoldInFileOrderWhicheverFoldsAreLoaded()
    {
        string pairs = _temp.File("many.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(i => Line(i % 2 + 1, start: i, end: i + 1))));
        var cache = new HcqtCache(Path.Combine(_temp.Path, "cache"));

        var both = TrainingSet.Load(pairs, [1, 2], TargetKind.Ctc, cache, maxPairsPerFold: 3, seed: 7);
        var first = TrainingSet.Load(pairs, [1], TargetKind.Ctc, cache, maxPairsPerFold: 3, seed: 7);
        var otherSeed = TrainingSet.Load(pairs, [1], TargetKind.Ctc, cache, maxPairsPerFold: 3, seed: 8);

        Assert.Equal(3, both.Pairs.Count(p => p.Fold == 1));
        Assert.Equal(3, both.Pairs.Count(p => p.Fold == 2));
        Assert.Equal(both.Pairs.Select(p => p.Start).Order(), both.Pairs.Select(p => p.Start));
        Assert.Equal(first.Pairs.Select(p => p.Start), both.Pairs.Where(p => p.Fold == 1).Select(p => p.Start));
        Assert.NotEqual(first.Pairs.Select(p => p.Start), otherSeed.Pairs.Select(p => p.Start));
        Assert.Equal(10, TrainingSet.Load(pairs, [1], TargetKind.Ctc, cache).Count);
    }

    [Fact]
    public void CtcLeavesOutSegmentsTooShortForTheirTargetAndCountsThem()
    {
        // 0.04 s is one frame: two different labels cannot be emitted in it; frame labels can still be given.
        string pairs = _temp.File("short.jsonl", Line(1, 0.2, 1.2) + "\n" + Line(1, 0.2, 0.24));

        var ctc = TrainingSet.Load(pairs, [1], TargetKind.Ctc, new HcqtCache(Path.Combine(_temp.Path, "cache")));
        var linear = TrainingSet.Load(pairs, [1], TargetKind.Linear, new HcqtCache(Path.Combine(_temp.Path, "cache")));

        Assert.Single(ctc.Pairs);
        Assert.Equal(1, ctc.LeftOut);
        Assert.Equal(2, linear.Count);
        Assert.Equal(0, linear.LeftOut);
    }

    private static string Line(int fold, double start, double end) => TrainingPairsFileTests.ValidLine
        .Replace("\"fold\":1", $"\"fold\":{fold}")
        .Replace("\"start\":0.2,\"end\":1.2", FormattableString.Invariant($"\"start\":{start},\"end\":{end}"));

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
