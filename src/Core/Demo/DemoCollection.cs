using Leitmotif.Core.Audio;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Themes;
using NAudio.Wave;

namespace Leitmotif.Core.Demo;

/// <summary>
/// The built-in demo collection: for every <see cref="DemoMelodies"/> entry a synthesised recording
/// (<c>recordings/&lt;name&gt;.wav</c>, 22050 Hz mono 16-bit PCM), its theme (<c>themes/&lt;name&gt;.mid</c>,
/// the melody's first bars at the theme tempo) and the theme's true position (<c>truth.json</c>). One theme is also given
/// as audio (<c>themes/&lt;name&gt;_alone.wav</c>, query by example): its notes rendered alone by the same synthesiser.
/// </summary>
public static class DemoCollection
{
    /// <summary>The melody whose theme is also written as audio.</summary>
    public const string AudioThemeMelody = "ode_to_joy";

    /// <summary>The file name of the audio theme of <paramref name="melody"/>.</summary>
    public static string AudioThemeFile(string melody) => melody + "_alone.wav";

    /// <summary>Writes the collection, overwriting earlier files; the same seed gives byte-identical files.</summary>
    /// <param name="folder">Destination folder; created if missing.</param>
    /// <param name="seed">Seed of the intro lengths and the humanisation.</param>
    /// <returns>The written folders, truth file and number of recordings.</returns>
    public static DemoCollectionInfo Create(string folder, int seed = 1)
    {
        var recordings = Path.Combine(folder, "recordings");
        var themes = Path.Combine(folder, "themes");
        var truthFile = Path.Combine(folder, "truth.json");
        Directory.CreateDirectory(recordings);
        Directory.CreateDirectory(themes);

        var melodies = DemoMelodies.All;
        var truth = new TruthEntry[melodies.Count];
        TruthEntry? audioTruth = null;
        Parallel.For(0, melodies.Count, i =>
        {
            var melody = melodies[i];
            var arrangement = DemoArranger.Arrange(melody, new Random(unchecked(seed * 7919 + i)));
            WriteWave(Path.Combine(recordings, melody.Name + ".wav"), Synthesizer.Render(arrangement.Notes));
            ThemeMidiFile.Write(Path.Combine(themes, melody.Name + ".mid"), melody.Title, melody.ThemeNotes, melody.ThemeQpm);
            truth[i] = new TruthEntry(melody.Name + ".mid", melody.Name + ".wav",
                Math.Round(arrangement.ThemeStart, 3), Math.Round(arrangement.ThemeEnd, 3));
            if (melody.Name == AudioThemeMelody)
            {
                WriteWave(Path.Combine(themes, AudioThemeFile(melody.Name)), Synthesizer.Render(Alone(melody)));
                audioTruth = truth[i] with { Theme = AudioThemeFile(melody.Name) };
            }
        });

        JsonFiles.Write(truthFile, truth.Append(audioTruth!).ToList());
        return new DemoCollectionInfo(recordings, themes, truthFile, melodies.Count);
    }

    /// <summary>The theme's notes at the theme tempo in the melody voice, nothing else.</summary>
    private static List<VoicedNote> Alone(DemoMelody melody)
    {
        double secondsPerBeat = 60 / melody.ThemeQpm, first = melody.ThemeNotes[0].Onset;
        return melody.ThemeNotes
            .Select(n => new VoicedNote(new Note((n.Onset - first) * secondsPerBeat, n.Duration * secondsPerBeat, n.Pitch), SynthVoice.Melody, 1.0))
            .ToList();
    }

    private static void WriteWave(string path, float[] samples)
    {
        using var writer = new WaveFileWriter(path, new WaveFormat(AudioSignal.DefaultSampleRate, 16, 1));
        writer.WriteSamples(samples, 0, samples.Length);
    }
}
