using FFMpegCore;

namespace Leitmotif.Core.Audio;

/// <summary>
/// Finds the <c>ffmpeg</c> and <c>ffprobe</c> programs that FFMpegCore runs, so that a missing FFmpeg is reported in one
/// line before any process is started. FFMpegCore's own lookup falls back to PATH when its binary folder lacks them and
/// reports a missing program only as a failed process start.
/// </summary>
internal static class FFmpegPrograms
{
    /// <summary>How FFmpeg is installed on Debian and Ubuntu, as the error for a missing FFmpeg says.</summary>
    public const string InstallCommand = "sudo apt-get install ffmpeg";

    /// <summary>
    /// <paramref name="configured"/> with its binary folder set to the folder holding both programs: its own binary folder
    /// when that is set, else the first folder on PATH that has them.
    /// </summary>
    /// <param name="input">The recording that needs FFmpeg, for the error.</param>
    /// <param name="formatName">The format that needs FFmpeg, for the error ("FLAC").</param>
    /// <exception cref="InputException">The programs are not there: the reason says where they were looked for and how to
    /// install them.</exception>
    public static FFOptions Locate(FFOptions configured, string input, string formatName)
    {
        bool folderSet = !string.IsNullOrEmpty(configured.BinaryFolder);
        IEnumerable<string> folders = folderSet
            ? [configured.BinaryFolder]
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string? found = folders.FirstOrDefault(folder => Has(folder, "ffmpeg") && Has(folder, "ffprobe"));
        if (found == null)
        {
            string where = folderSet ? $"in {configured.BinaryFolder}" : "on PATH";
            throw new InputException(input,
                $"{formatName} is decoded by FFmpeg, which was not found (no ffmpeg and ffprobe {where}); install it: {InstallCommand}");
        }
        FFOptions located = configured.Clone();
        located.BinaryFolder = found;
        return located;
    }

    private static bool Has(string folder, string program) =>
        File.Exists(Path.Combine(folder, OperatingSystem.IsWindows() ? program + ".exe" : program));
}
