using System.Globalization;
using Leitmotif.Core.Audio;
using Leitmotif.Tests.Shared;

namespace Leitmotif.Benchmarks;

/// <summary>
/// Decoding one long recording to mono 22050 Hz (decode, mix down, resample) as WAV by NAudio and as FLAC by FFmpeg:
/// wall time and peak memory of this process (FFmpeg's own processes are not counted).
/// </summary>
public static class DecodingBenchmark
{
    public static int Run(string[] args)
    {
        double minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        if (!FFmpegCli.IsInstalled)
        {
            Console.Error.WriteLine($"decode: {FFmpegCli.MissingReason}");
            return 1;
        }
        var wav = Path.Combine(Path.GetTempPath(), $"leitmotif-bench-{minutes}min-44100Hz-2ch.wav");
        if (!File.Exists(wav))
        {
            Console.WriteLine($"writing {wav} ...");
            SyntheticWav.Write(wav, minutes * 60, 44100, 2);
        }
        var flac = Path.ChangeExtension(wav, ".flac");
        if (!File.Exists(flac))
        {
            Console.WriteLine($"encoding {flac} ...");
            FFmpegCli.Encode(wav, flac);
        }
        Console.WriteLine($"input: {minutes} min, 44100 Hz stereo 16-bit; WAV {new FileInfo(wav).Length / 1048576.0:0} MiB, " +
                          $"FLAC {new FileInfo(flac).Length / 1048576.0:0} MiB");
        foreach (var (label, path) in new[] { ("WAV (NAudio)", wav), ("FLAC (FFmpeg)", flac) })
        {
            long samples = Measure.Run($"decode {label}", () => Decode(path));
            Console.WriteLine($"  {samples} samples at 22050 Hz; real-time factor {minutes * 60 / Measure.LastElapsed.TotalSeconds:0}x");
        }
        return 0;
    }

    private static long Decode(string path)
    {
        using var audio = AudioReader.Open(path);
        var block = new float[1 << 16];
        while (audio.Read(block) > 0) { }
        return audio.SamplesRead;
    }
}
