using System.Diagnostics;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Themes;
using NAudio.Wave;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Renders MIDI files to mono 16-bit WAV with the FluidSynth command-line synthesiser
/// (<c>fluidsynth -ni -F out.wav -r 22050 font.sf2 in.mid</c>), optionally cut to a length and with every instrument
/// replaced by one General MIDI program.
/// </summary>
/// <remarks>FluidSynth (fluidsynth.org), fast file rendering with <c>-F</c>; Debian packages fluidsynth and fluid-soundfont-gm.</remarks>
public static class FluidSynthRenderer
{
    /// <summary>The FluidSynth executable, looked up on PATH.</summary>
    public const string Executable = "fluidsynth";

    /// <summary>What to install when FluidSynth or the default SoundFont is missing.</summary>
    public const string InstallHint = "install them with: sudo apt-get install fluidsynth fluid-soundfont-gm";

    /// <summary>Checks that FluidSynth is on PATH and the SoundFont exists.</summary>
    /// <param name="soundFont">The SoundFont path.</param>
    /// <exception cref="InputException">Either is missing; the message says what to install.</exception>
    public static void EnsureAvailable(string soundFont)
    {
        if (FindOnPath(Executable) == null) throw new InputException(Executable, $"not found on PATH; {InstallHint}");
        if (!File.Exists(soundFont))
        {
            throw new InputException(soundFont, soundFont == RenderOptions.DefaultSoundFont
                ? $"SoundFont not found; {InstallHint}"
                : "SoundFont not found; pass an existing .sf2 file with --soundfont");
        }
    }

    /// <summary>Renders <paramref name="midiPath"/> to <paramref name="wavPath"/> (written atomically).</summary>
    /// <param name="midiPath">A Standard MIDI File, type 0 or 1.</param>
    /// <param name="wavPath">The destination WAV: mono, 16-bit, <see cref="RenderOptions.SampleRate"/>.</param>
    /// <param name="options">SoundFont, sample rate and time limit.</param>
    /// <param name="seconds">Where given, only the first this many seconds are rendered (the MIDI is cut before rendering).</param>
    /// <param name="program">Where given, the General MIDI program (0–127) that replaces every instrument.</param>
    /// <returns>The duration of the written audio in seconds.</returns>
    /// <exception cref="InputException">Unreadable MIDI, FluidSynth failed or timed out, or the rendering is silent.</exception>
    public static double Render(string midiPath, string wavPath, RenderOptions options, double? seconds = null, int? program = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var midi = MidiThemeReader.Open(midiPath);
        if (seconds is { } limit) MidiTruncation.Apply(midi.Events, limit);
        if (program is { } p) ProgramReplacement.Apply(midi.Events, p);
        midi.Events.PrepareForExport();

        var work = Directory.CreateTempSubdirectory("leitmotif-render-").FullName;
        try
        {
            var prepared = Path.Combine(work, "in.mid");
            var rendered = Path.Combine(work, "out.wav");
            NAudio.Midi.MidiFile.Export(prepared, midi.Events);
            RunFluidSynth(midiPath, prepared, rendered, options);
            var signal = AudioReader.ReadAll(rendered);
            int count = seconds is { } s ? (int)Math.Min(signal.Samples.Length, Math.Round(s * signal.SampleRate)) : signal.Samples.Length;
            if (count == 0 || signal.Samples.AsSpan(0, count).IndexOfAnyExcept(0f) < 0)
                throw new InputException(midiPath, "FluidSynth rendered silence (no notes in the rendered part?)");
            AtomicFile.Write(wavPath, temporary =>
            {
                using var writer = new WaveFileWriter(temporary, new WaveFormat(signal.SampleRate, 16, 1));
                writer.WriteSamples(signal.Samples, 0, count);
            });
            return (double)count / signal.SampleRate;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void RunFluidSynth(string source, string midi, string wav, RenderOptions options)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-ni", "-q", "-F", wav, "-r", options.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-T", "wav", "-O", "s16", options.SoundFont, midi })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InputException(Executable, $"could not be started; {InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(options.TimeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InputException(source, $"FluidSynth did not finish within {options.TimeoutSeconds} s");
        }

        if (process.ExitCode != 0 || !File.Exists(wav))
        {
            var message = (error.Result + " " + output.Result).ReplaceLineEndings(" ").Trim();
            throw new InputException(source, $"FluidSynth failed (exit code {process.ExitCode}): {message}");
        }
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);
}
