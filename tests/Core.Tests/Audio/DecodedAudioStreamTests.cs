using Leitmotif.Core.Audio;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Audio;

public class DecodedAudioStreamTests
{
    [Fact]
    public void DecoderFailurePartWayIsAnInputErrorNamingTheFile()
    {
        using var stream = new DecodedAudioStream("song.ogg", new FailingSource(blocksBeforeFailure: 1), []);
        var buffer = new float[10_000];

        Assert.Equal(4096, stream.Read(buffer)); // the first block, decoded when the stream was created

        var e = Assert.Throws<InputException>(() => stream.Read(buffer));
        Assert.Equal("song.ogg", e.Input);
        Assert.Equal("song.ogg: corrupt or truncated audio data (InvalidDataException: bad packet)", e.Message);
    }

    [Fact]
    public void SourceWithoutSamplesFailsAtCreation()
    {
        var e = Assert.Throws<InputException>(() => new DecodedAudioStream("empty.mp3", new FailingSource(0, endInstead: true), []));
        Assert.Equal("empty.mp3: contains no audio samples", e.Message);
    }

    [Fact]
    public void DisposingReleasesEveryOwnedDecoderLastFirst()
    {
        var order = new List<int>();
        var stream = new DecodedAudioStream("a.wav", new FailingSource(5), [new Tracker(order, 1), new Tracker(order, 2)]);

        stream.Dispose();

        Assert.Equal([2, 1], order);
    }

    private sealed class FailingSource(int blocksBeforeFailure, bool endInstead = false) : ISampleProvider
    {
        private int _blocks;

        public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(22050, 1);

        public int Read(Span<float> buffer)
        {
            if (_blocks++ < blocksBeforeFailure)
            {
                buffer.Fill(0.25f);
                return buffer.Length;
            }
            return endInstead ? 0 : throw new InvalidDataException("bad packet");
        }
    }

    private sealed class Tracker(List<int> order, int id) : IDisposable
    {
        public void Dispose() => order.Add(id);
    }
}
