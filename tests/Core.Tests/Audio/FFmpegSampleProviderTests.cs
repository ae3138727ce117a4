using FFMpegCore;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Tests.Shared;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Audio;

/// <summary>
/// FLAC, M4A, Opus and WMA, encoded by the ffmpeg command from one known WAV at test time, decoded through
/// <see cref="AudioReader"/> and compared with the same WAV decoded by NAudio.
/// </summary>
public sealed class FFmpegSampleProviderTests(FFmpegSampleProviderTests.Encodings encodings)
    : IClassFixture<FFmpegSampleProviderTests.Encodings>
{
    /// <summary>A 6 s stereo 16-bit WAV at 44.1 kHz of harmonic tones changing every half second, and its encodings.</summary>
    public sealed class Encodings : IDisposable
    {
        public const int SampleRate = 44100;
        public const double Seconds = 6;
        private readonly TemporaryFolder _folder = new();

        public Encodings()
        {
            Wav = _folder.File("reference.wav");
            var samples = new float[(int)(Seconds * SampleRate) * 2];
            var random = new Random(3);
            double frequency = 0;
            for (int n = 0; n < samples.Length / 2; n++)
            {
                if (n % (SampleRate / 2) == 0) frequency = 220 * Math.Pow(2, random.Next(24) / 12.0);
                double tone = Math.Sin(2 * Math.PI * frequency * n / SampleRate) + 0.3 * Math.Sin(4 * Math.PI * frequency * n / SampleRate);
                samples[2 * n] = (float)(0.4 * tone);
                samples[2 * n + 1] = (float)(0.2 * tone);
            }
            using (var writer = new WaveFileWriter(Wav, new WaveFormat(SampleRate, 16, 2))) writer.WriteSamples(samples, 0, samples.Length);
        }

        public string Wav { get; }

        /// <summary>The reference encoded as <paramref name="name"/> (its extension picks the container) with these options.</summary>
        public string Encode(string name, params string[] options)
        {
            string path = _folder.File(name);
            return System.IO.File.Exists(path) ? path : FFmpegCli.Encode(Wav, path, options);
        }

        /// <summary>A path in the fixture's folder.</summary>
        public string File(string name) => _folder.File(name);

        /// <summary>An empty folder in the fixture's folder.</summary>
        public string Folder(string name) => Directory.CreateDirectory(_folder.File(name)).FullName;

        public void Dispose() => _folder.Dispose();
    }

    [SkippableFact]
    public void FlacDecodesToExactlyTheSamplesOfItsWav()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string flac = encodings.Encode("reference.flac");

        AudioSignal decoded = AudioReader.ReadAll(flac);

        Assert.Equal(AudioSignal.DefaultSampleRate, decoded.SampleRate);
        Assert.Equal(AudioReader.ReadAll(encodings.Wav).Samples, decoded.Samples);
    }

    /// <summary>
    /// Lossy codecs at these bit rates keep a two-harmonic tone's waveform (correlation 0.9999 measured, 0.999 asked) and its
    /// chroma (each CENS frame's cosine with the WAV's at least 0.989 measured, 0.98 asked). The length may differ by one
    /// codec frame at 22050 Hz (AAC pads to 1024-sample frames at 44.1 kHz, WMA 2048), and so may the alignment: FFmpeg
    /// removes AAC's and Opus's encoder delay but its WMA decoding starts one frame (46 ms) early.
    /// </summary>
    [SkippableTheory]
    [InlineData("reference.m4a", 512, "-c:a", "aac", "-b:a", "192k")]
    [InlineData("reference.opus", 441, "-c:a", "libopus", "-b:a", "128k")]
    [InlineData("reference.wma", 1024, "-c:a", "wmav2", "-b:a", "192k")]
    public void LossyEncodingAgreesWithItsWavInWaveformChromaAndLength(string name, int frameLength, params string[] options)
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        float[] wav = AudioReader.ReadAll(encodings.Wav).Samples;

        float[] decoded = AudioReader.ReadAll(encodings.Encode(name, options)).Samples;

        Assert.InRange(decoded.Length, wav.Length - frameLength, wav.Length + frameLength);
        int lag = BestLag(wav, decoded, frameLength);
        Assert.True(Correlation(wav, decoded, lag) >= 0.999, $"correlation {Correlation(wav, decoded, lag)} at lag {lag}");
        double agreement = LeastChromaAgreement(wav, decoded);
        Assert.True(agreement >= 0.98, $"least CENS frame cosine {agreement}");
    }

    [SkippableFact]
    public void FlacBehindAnId3TagIsStillFlac()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string flac = encodings.Encode("reference.flac");
        string tagged = encodings.File("tagged.flac");
        // An ID3v2.4 header with the footer flag and a synchsafe size of 200 (1·128 + 72), then the tag, then the footer.
        File.WriteAllBytes(tagged, [.. "ID3"u8, 4, 0, 0x10, 0, 0, 1, 72, .. new byte[200], .. "3DI"u8, 4, 0, 0x10, 0, 0, 1, 72, .. File.ReadAllBytes(flac)]);

        Assert.Equal(AudioReader.ReadAll(encodings.Wav).Samples, AudioReader.ReadAll(tagged).Samples);
    }

    [SkippableFact]
    public void FlacPipedInFromAStreamDecodesAsFromItsFileAndErrorsNameTheLocation()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string flac = encodings.Encode("reference.flac");

        float[] streamed = ReadAll(AudioReader.Open("az://audio/reference.flac", new MemoryStream(File.ReadAllBytes(flac))));
        var e = Assert.Throws<InputException>(() =>
            ReadAll(AudioReader.Open("az://audio/short.flac", new MemoryStream(File.ReadAllBytes(ShortFlacAnnouncingSixSeconds())))));

        Assert.Equal(AudioReader.ReadAll(flac).Samples, streamed);
        Assert.Equal("az://audio/short.flac: truncated: FFmpeg decoded 2.0 s of the 6.0 s its header announces", e.Message);
    }

    [SkippableFact]
    public void M4aWithItsIndexAfterTheAudioIsReadFromAFileButFromAStreamOnlyWithItsIndexFirst()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string indexLast = encodings.Encode("index-last.m4a", "-c:a", "aac", "-b:a", "192k");
        string indexFirst = encodings.Encode("index-first.m4a", "-c:a", "aac", "-b:a", "192k", "-movflags", "+faststart");

        float[] fromFile = AudioReader.ReadAll(indexLast).Samples;
        float[] streamed = ReadAll(AudioReader.Open("az://audio/index-first.m4a", new MemoryStream(File.ReadAllBytes(indexFirst))));
        var e = Assert.Throws<InputException>(() =>
            AudioReader.Open("az://audio/index-last.m4a", new MemoryStream(File.ReadAllBytes(indexLast))).Dispose());

        Assert.Equal(fromFile, streamed);
        Assert.StartsWith("FFmpeg cannot read it: moov atom not found", e.Reason);
        Assert.EndsWith("(an MP4 whose index follows its audio is read only from a local file; " +
                        "'ffmpeg -i in.m4a -c copy -movflags +faststart out.m4a' moves the index first)", e.Reason);
    }

    [SkippableFact]
    public void FlacEndingBeforeItsAnnouncedDurationIsTruncatedNotReadInPart()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string path = ShortFlacAnnouncingSixSeconds();

        var e = Assert.Throws<InputException>(() => AudioReader.ReadAll(path));

        Assert.Equal($"{path}: truncated: FFmpeg decoded 2.0 s of the 6.0 s its header announces", e.Message);
    }

    [SkippableFact]
    public void FlacCutInTheMiddleOfAFrameFailsWithFFmpegsReasonInOneLine()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        byte[] whole = File.ReadAllBytes(encodings.Encode("reference.flac"));
        string cut = encodings.File("cut.flac");
        File.WriteAllBytes(cut, whole[..(whole.Length / 2)]);

        var e = Assert.Throws<InputException>(() => AudioReader.ReadAll(cut));

        Assert.Equal(cut, e.Input);
        Assert.StartsWith("FFmpeg cannot decode it: ", e.Reason);
        Assert.DoesNotContain('\n', e.Message);
    }

    [SkippableFact]
    public void FlacOfGarbageFailsWithFFmpegsReasonInOneLine()
    {
        Skip.IfNot(FFmpegCli.IsInstalled, FFmpegCli.MissingReason);
        string path = encodings.File("garbage.flac");
        var bytes = new byte[5000];
        new Random(5).NextBytes(bytes);
        "fLaC"u8.CopyTo(bytes);
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<InputException>(() => AudioReader.Open(path).Dispose());

        Assert.Equal(path, e.Input);
        Assert.StartsWith("FFmpeg cannot read it: ", e.Reason);
        Assert.DoesNotContain(path, e.Reason);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void WithoutFFmpegAFlacFailsInOneLineNamingTheInstallCommand()
    {
        string path = encodings.File("header-only.flac");
        File.WriteAllBytes(path, [.. "fLaC"u8, .. new byte[100]]);
        string empty = encodings.Folder("no-ffmpeg");

        var e = Assert.Throws<InputException>(() => AudioReader.Open(path, File.OpenRead(path), new FFOptions { BinaryFolder = empty }));

        Assert.Equal(
            $"{path}: FLAC is decoded by FFmpeg, which was not found (no ffmpeg and ffprobe in {empty}); install it: sudo apt-get install ffmpeg",
            e.Message);
    }

    [Theory]
    [InlineData("sine440-44100-mono.mp3")]
    [InlineData("sine660-22050-mono.ogg")]
    [InlineData(null)]
    public void WavMp3AndOggNeedNoFFmpeg(string? fixture)
    {
        string path = fixture == null ? encodings.Wav : TestSignals.FixturePath(fixture);
        var withoutFFmpeg = new FFOptions { BinaryFolder = encodings.Folder("no-ffmpeg") };

        float[] decoded = ReadAll(AudioReader.Open(path, File.OpenRead(path), withoutFFmpeg));

        Assert.Equal(AudioReader.ReadAll(path).Samples, decoded);
    }

    [SkippableFact]
    public void DisposingBeforeTheEndStopsFFmpeg()
    {
        Skip.IfNot(FFmpegCli.IsInstalled && OperatingSystem.IsLinux(), "needs ffmpeg and Linux's /proc to see its processes");
        string flac = encodings.Encode("reference.flac");
        var stream = AudioReader.Open(flac);
        stream.Read(new float[1000]);
        bool runningWhileOpen = FFmpegRunningOn(flac);

        stream.Dispose();

        Assert.True(runningWhileOpen);
        Assert.False(FFmpegRunningOn(flac));
    }

    /// <summary>
    /// The first 2 s of the reference as FLAC, its STREAMINFO claiming 6 s: the total-samples field, the 36 bits after the
    /// sample rate (20 bits), channels (3) and bits per sample (5), i.e. from the low nibble of byte 21 of the file
    /// ("fLaC", the 4-byte block header, then 10 bytes of block and frame sizes before the sample rate).
    /// </summary>
    private string ShortFlacAnnouncingSixSeconds()
    {
        string path = encodings.File("short.flac");
        if (File.Exists(path)) return path;
        byte[] flac = File.ReadAllBytes(FFmpegCli.Encode(encodings.Wav, encodings.File("two-seconds.flac"), "-t", "2"));
        long announced = (long)(Encodings.Seconds * Encodings.SampleRate);
        flac[21] = (byte)((flac[21] & 0xF0) | (int)(announced >> 32));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(flac.AsSpan(22), (uint)announced);
        File.WriteAllBytes(path, flac);
        return path;
    }

    /// <summary>Whether an ffmpeg process has <paramref name="path"/> on its command line.</summary>
    private static bool FFmpegRunningOn(string path) =>
        System.Diagnostics.Process.GetProcessesByName("ffmpeg").Any(p =>
        {
            try { return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains(path, StringComparison.Ordinal); }
            catch (IOException) { return false; }
        });

    private static float[] ReadAll(MonoAudioStream stream)
    {
        using (stream)
        {
            var samples = new List<float>();
            var block = new float[4096];
            int count;
            while ((count = stream.Read(block)) > 0) samples.AddRange(block.AsSpan(0, count));
            return [.. samples];
        }
    }

    /// <summary>The lag of <paramref name="y"/> behind <paramref name="x"/> within ±<paramref name="limit"/> that correlates
    /// best over one second in the middle.</summary>
    private static int BestLag(float[] x, float[] y, int limit)
    {
        int middle = x.Length / 2, length = AudioSignal.DefaultSampleRate;
        return Enumerable.Range(-limit, 2 * limit + 1).MaxBy(lag =>
        {
            double sum = 0;
            for (int n = middle; n < middle + length; n++) sum += (double)x[n] * y[n + lag];
            return sum;
        });
    }

    /// <summary>The smallest cosine between the two signals' CENS frames (unit-length 12-vectors) at equal times.</summary>
    private static double LeastChromaAgreement(float[] x, float[] y)
    {
        FeatureMatrix a = new CensFeatures().Compute(MonoAudioStream.FromSamples(x, AudioSignal.DefaultSampleRate));
        FeatureMatrix b = new CensFeatures().Compute(MonoAudioStream.FromSamples(y, AudioSignal.DefaultSampleRate));
        return Enumerable.Range(0, Math.Min(a.Frames, b.Frames)).Min(m => Enumerable.Range(0, 12).Sum(k => (double)a[m, k] * b[m, k]));
    }

    private static double Correlation(float[] x, float[] y, int lag)
    {
        double sxy = 0, sxx = 0, syy = 0;
        for (int n = Math.Max(0, -lag); n < x.Length && n + lag < y.Length; n++)
        {
            sxy += (double)x[n] * y[n + lag];
            sxx += (double)x[n] * x[n];
            syy += (double)y[n + lag] * y[n + lag];
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
