using System.Diagnostics;

namespace Leitmotif.Tests.Shared;

/// <summary>The <c>ffmpeg</c> command, which tests use to encode known WAV audio into the formats FFmpeg decodes.</summary>
public static class FFmpegCli
{
    /// <summary>Whether both ffmpeg and ffprobe (which the decoder runs) are on PATH.</summary>
    public static bool IsInstalled { get; } = OnPath("ffmpeg") && OnPath("ffprobe");

    /// <summary>Why a test that needs FFmpeg is skipped.</summary>
    public const string MissingReason = "ffmpeg and ffprobe are not on PATH (install them: sudo apt-get install ffmpeg)";

    /// <summary>Encodes <paramref name="input"/> into <paramref name="output"/> with the output options given
    /// (e.g. <c>-c:a libopus -b:a 128k</c>); the container follows the output's extension.</summary>
    /// <exception cref="InvalidOperationException">ffmpeg failed; the message holds its error output.</exception>
    public static string Encode(string input, string output, params string[] outputOptions)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var argument in (string[])["-v", "error", "-nostdin", "-y", "-i", input, .. outputOptions, output])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg could not write {output}: {errors}");
        return output;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
