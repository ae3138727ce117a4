using Leitmotif.Core.Tests.TestSupport;
using System.Buffers.Binary;
using Leitmotif.Core.Audio;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Audio;

public sealed class AudioReaderTests : IDisposable
{
    private const int Rate = AudioSignal.DefaultSampleRate;
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void StereoSineAt44100ComesOutMonoAt22050WithFrequencyAndDurationKept()
    {
        float[] tone = TestSignals.Sine(440, 44100, 44100);
        string path = WriteWav("stereo.wav", new WaveFormat(44100, 16, 2), Interleave(tone, tone));

        AudioSignal signal = AudioReader.ReadAll(path);

        Assert.Equal(Rate, signal.SampleRate);
        Assert.InRange(signal.DurationSeconds, 0.99, 1.01);
        Assert.Equal(440, TestSignals.ZeroCrossingFrequency(Middle(signal.Samples), Rate), 0.5);
        Assert.Equal(0.5 / Math.Sqrt(2), TestSignals.Rms(Middle(signal.Samples)), 0.01);
    }

    [Fact]
    public void ToneAboveTheNewNyquistFrequencyIsFilteredOutNotAliased()
    {
        float[] tone = TestSignals.Sine(15000, 44100, 44100);
        string path = WriteWav("high.wav", WaveFormat.CreateIeeeFloatWaveFormat(44100, 1), tone);

        AudioSignal signal = AudioReader.ReadAll(path);

        Assert.True(TestSignals.Rms(Middle(signal.Samples)) < 0.01 * TestSignals.Rms(tone),
            $"RMS {TestSignals.Rms(Middle(signal.Samples))} vs input {TestSignals.Rms(tone)}");
    }

    [Fact]
    public void SignalAlreadyAt22050IsPassedThroughUnchanged()
    {
        float[] tone = TestSignals.Sine(440, Rate, 5000);
        string path = WriteWav("native.wav", WaveFormat.CreateIeeeFloatWaveFormat(Rate, 1), tone);

        Assert.Equal(tone, AudioReader.ReadAll(path).Samples);
    }

    [Theory]
    [InlineData(8, false, false)]
    [InlineData(16, false, false)]
    [InlineData(24, false, false)]
    [InlineData(32, false, false)]
    [InlineData(32, true, false)]
    [InlineData(64, true, false)]
    [InlineData(16, false, true)]
    [InlineData(24, false, true)]
    [InlineData(32, true, true)]
    public void EveryPcmAndFloatEncodingGivesTheSameSignalWithinQuantisation(int bits, bool isFloat, bool extensible)
    {
        float[] tone = TestSignals.Sine(330, Rate, 3000, amplitude: 0.9);
        WaveFormat format = extensible
            ? new WaveFormatExtensible(Rate, bits, 1, useIeeeFloat: isFloat, validBitsPerSample: bits, channelMask: 4)
            : isFloat ? WaveFormat.CreateCustomFormat(WaveFormatEncoding.IeeeFloat, Rate, 1, Rate * bits / 8, bits / 8, bits)
            : new WaveFormat(Rate, bits, 1);
        string path = WriteWav($"{bits}-{isFloat}-{extensible}.wav", format, tone);

        float[] decoded = AudioReader.ReadAll(path).Samples;

        Assert.Equal(tone.Length, decoded.Length);
        double step = isFloat ? 1e-6 : Math.Max(1e-6, 1.0 / (1L << (bits - 1)));
        for (int n = 0; n < tone.Length; n++) Assert.True(Math.Abs(decoded[n] - tone[n]) <= step, $"n={n}: {decoded[n]} vs {tone[n]}");
    }

    [Fact]
    public void ChannelsAreAveragedIntoMono()
    {
        float[] a = Constant(0.3f, 1000), b = Constant(-0.1f, 1000), c = Constant(0.4f, 1000);
        string path = WriteWav("three.wav", WaveFormat.CreateIeeeFloatWaveFormat(Rate, 3), Interleave(a, b, c));

        AudioSignal signal = AudioReader.ReadAll(path);

        Assert.Equal(1000, signal.Samples.Length);
        Assert.All(signal.Samples, s => Assert.Equal(0.2f, s, 1e-6f));
    }

    [Fact]
    public void FormatIsDetectedFromContentNotExtension()
    {
        float[] tone = TestSignals.Sine(440, Rate, 2000);
        string path = WriteWav("really-a-wav.mp3", WaveFormat.CreateIeeeFloatWaveFormat(Rate, 1), tone);

        Assert.Equal(tone, AudioReader.ReadAll(path).Samples);
    }

    [Fact]
    public void ReadingInSmallBlocksGivesTheSameSamplesAsReadAll()
    {
        float[] tone = TestSignals.Sine(440, 44100, 30000);
        string path = WriteWav("blocks.wav", new WaveFormat(44100, 16, 1), tone);
        float[] whole = AudioReader.ReadAll(path).Samples;

        var pieces = new List<float>();
        using MonoAudioStream stream = AudioReader.Open(path);
        var block = new float[777];
        int count;
        while ((count = stream.Read(block)) > 0) pieces.AddRange(block.AsSpan(0, count));

        Assert.Equal(whole, pieces);
        Assert.Equal(whole.Max(Math.Abs), stream.Peak);
    }

    [Fact]
    public void Mp3FixtureDecodesToItsSineAt22050()
    {
        AudioSignal signal = AudioReader.ReadAll(TestSignals.FixturePath("sine440-44100-mono.mp3"));

        Assert.Equal(Rate, signal.SampleRate);
        Assert.InRange(signal.DurationSeconds, 0.95, 1.15); // MP3 adds encoder delay and frame padding
        Assert.Equal(440, TestSignals.ZeroCrossingFrequency(Middle(signal.Samples), Rate), 1.0);
    }

    [Fact]
    public void OggVorbisFixtureDecodesToItsSineAt22050()
    {
        AudioSignal signal = AudioReader.ReadAll(TestSignals.FixturePath("sine660-22050-mono.ogg"));

        Assert.Equal(Rate, signal.SampleRate);
        Assert.InRange(signal.DurationSeconds, 0.99, 1.01);
        Assert.Equal(660, TestSignals.ZeroCrossingFrequency(Middle(signal.Samples), Rate), 1.0);
    }

    [Fact]
    public void WavWhoseHeaderAnnouncesMoreDataThanPresentIsTruncated()
    {
        float[] tone = TestSignals.Sine(440, Rate, 4000);
        string path = WriteWav("cut.wav", new WaveFormat(Rate, 16, 1), tone);
        using (var file = new FileStream(path, FileMode.Open)) file.SetLength(file.Length - 2 * 1000);

        AssertInputError(path, "truncated: the data chunk announces 8000 bytes but the file holds 6000");
    }

    [Fact]
    public void MissingFileIsAnInputError() =>
        AssertInputError(_temp.File("nothing-here.wav"), "file not found");

    [Fact]
    public void EmptyFileIsAnInputError()
    {
        string path = _temp.File("empty.wav");
        File.WriteAllBytes(path, []);
        AssertInputError(path, "file is empty (0 bytes)");
    }

    [Fact]
    public void GarbageBytesAreNotASupportedFormat()
    {
        string path = _temp.File("noise.wav");
        var bytes = new byte[5000];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0; // not 0xFF, so never a frame sync by chance
        File.WriteAllBytes(path, bytes);
        AssertInputError(path, AudioReader.UnsupportedFormatReason);
    }

    [Fact]
    public void WavWithCutOffHeaderIsCorrupt()
    {
        string path = WriteWav("header.wav", new WaveFormat(Rate, 16, 1), TestSignals.Sine(440, Rate, 100));
        using (var file = new FileStream(path, FileMode.Open)) file.SetLength(20);
        AssertInputError(path, "corrupt or truncated audio data");
    }

    [Fact]
    public void AdpcmWavIsAnUnsupportedEncoding()
    {
        string path = _temp.File("adpcm.wav");
        using (var writer = new WaveFileWriter(path, WaveFormat.CreateCustomFormat(WaveFormatEncoding.Adpcm, Rate, 1, 11155, 512, 4)))
            writer.Write(new byte[1024], 0, 1024);
        AssertInputError(path, "unsupported WAV encoding Adpcm (4-bit)");
    }

    [Fact]
    public void WavWithoutSamplesHasNoAudio()
    {
        string path = WriteWav("silent.wav", new WaveFormat(Rate, 16, 1), []);
        AssertInputError(path, "contains no audio samples");
    }

    [Fact]
    public void Mp3WithoutFramesIsCorrupt()
    {
        string path = _temp.File("tag-only.mp3");
        // An ID3v2.3 header declaring a 10-byte tag, then the tag's padding, and no MPEG frames.
        File.WriteAllBytes(path, [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 10, .. new byte[10]]);
        AssertInputError(path, "corrupt or truncated audio data");
    }

    [Fact]
    public void OggWithoutVorbisStreamIsCorrupt()
    {
        string path = _temp.File("broken.ogg");
        var bytes = new byte[200];
        new Random(7).NextBytes(bytes);
        "OggS"u8.CopyTo(bytes);
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InputException>(() => AudioReader.ReadAll(path));
        Assert.Equal(path, e.Input);
        Assert.StartsWith(path + ": ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static void AssertInputError(string path, string reason)
    {
        var e = Assert.Throws<InputException>(() => AudioReader.Open(path).Dispose());
        Assert.Equal(path, e.Input);
        Assert.StartsWith(reason, e.Reason);
        Assert.StartsWith($"{path}: {reason}", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void EncodedAudioInAStreamDecodesToTheSameSamplesAsTheFileAndErrorsNameTheGivenLocation()
    {
        float[] tone = TestSignals.Sine(440, 44100, 44100);
        string path = WriteWav("streamed.wav", new WaveFormat(44100, 16, 1), tone);
        byte[] truncated = File.ReadAllBytes(path)[..^2000];

        var fromFile = AudioReader.ReadAll(path).Samples;
        using var fromStream = AudioReader.Open("az://audio/streamed.wav", new MemoryStream(File.ReadAllBytes(path)));
        var streamed = new float[fromFile.Length + 100];
        int count = 0, read;
        while ((read = fromStream.Read(streamed.AsSpan(count))) > 0) count += read;
        var e = Assert.Throws<InputException>(() => AudioReader.Open("az://audio/cut.wav", new MemoryStream(truncated)).Dispose());

        Assert.Equal(fromFile, streamed[..count]);
        Assert.Equal("az://audio/cut.wav", e.Input);
        Assert.StartsWith("truncated", e.Reason);
    }

    private string WriteWav(string name, WaveFormat format, float[] interleaved)
    {
        string path = _temp.File(name);
        using var writer = new WaveFileWriter(path, format);
        byte[] data = Encode(interleaved, format);
        writer.Write(data, 0, data.Length);
        return path;
    }

    /// <summary>Little-endian sample bytes for PCM 8 (unsigned), 16, 24, 32 and IEEE float 32, 64; PCM full scale is 2^(bits-1).</summary>
    private static byte[] Encode(float[] samples, WaveFormat format)
    {
        int width = format.BitsPerSample / 8;
        bool isFloat = format.AsStandardWaveFormat().Encoding == WaveFormatEncoding.IeeeFloat;
        var bytes = new byte[samples.Length * width];
        for (int n = 0; n < samples.Length; n++)
        {
            Span<byte> b = bytes.AsSpan(n * width, width);
            double s = samples[n];
            long q = (long)Math.Clamp(Math.Round(s * (1L << (8 * width - 1))), -(1L << (8 * width - 1)), (1L << (8 * width - 1)) - 1);
            switch (isFloat, width)
            {
                case (true, 4): BinaryPrimitives.WriteSingleLittleEndian(b, (float)s); break;
                case (true, 8): BinaryPrimitives.WriteDoubleLittleEndian(b, s); break;
                case (false, 1): b[0] = (byte)(q + 128); break;
                case (false, 2): BinaryPrimitives.WriteInt16LittleEndian(b, (short)q); break;
                case (false, 3): b[0] = (byte)q; b[1] = (byte)(q >> 8); b[2] = (byte)(q >> 16); break;
                case (false, 4): BinaryPrimitives.WriteInt32LittleEndian(b, (int)q); break;
                default: throw new ArgumentException($"no encoder for {format}");
            }
        }
        return bytes;
    }

    private static float[] Interleave(params float[][] channels)
    {
        var y = new float[channels[0].Length * channels.Length];
        for (int n = 0; n < channels[0].Length; n++)
            for (int c = 0; c < channels.Length; c++) y[n * channels.Length + c] = channels[c][n];
        return y;
    }

    private static float[] Constant(float value, int length) => Enumerable.Repeat(value, length).ToArray();

    /// <summary>The middle 80 %, away from resampler and codec edge effects.</summary>
    private static ReadOnlySpan<float> Middle(float[] y) => y.AsSpan(y.Length / 10, y.Length * 8 / 10);
}
