using Leitmotif.Core.Audio;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Corpus;

public sealed class ThemeAudioTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static bool FluidSynthAvailable() => File.Exists(RenderOptions.DefaultSoundFont)
        && (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, FluidSynthRenderer.Executable)));

    [SkippableFact]
    public void RendersEachThemeAloneAndWritesItsTruthUnderTheAudioName()
    {
        Skip.IfNot(FluidSynthAvailable(), $"FluidSynth or {RenderOptions.DefaultSoundFont} is missing; {FluidSynthRenderer.InstallHint}");
        Directory.CreateDirectory(Path.Combine(_folder.Path, CorpusBuilder.ThemesFolder));
        // Two seconds of notes at 60 quarter notes per minute; the second theme has two recordings; the third has no MIDI file.
        ThemeMidiFile.Write(Path.Combine(_folder.Path, CorpusBuilder.ThemesFolder, "a_1.mid"), "a_1", [new BeatNote(0, 1, 60), new BeatNote(1, 1, 64)], 60);
        ThemeMidiFile.Write(Path.Combine(_folder.Path, CorpusBuilder.ThemesFolder, "b_1.mid"), "b_1", [new BeatNote(0, 2, 67)], 60);
        TruthEntry[] truth =
        [
            new("a_1.mid", "a.wav", 1, 3), new("b_1.mid", "b.wav", 4, 6), new("b_1.mid", "b_program048.wav", 4, 6), new("c_1.mid", "c.wav", 0, 1),
        ];
        var skipped = new List<string>();

        int count = ThemeAudio.RenderMissing(_folder.Path, truth, new RenderOptions(), parallelism: 2, skipped);

        Assert.Equal(2, count);
        Assert.Equal(["a_1.wav", "b_1.wav"], Directory.GetFiles(Path.Combine(_folder.Path, ThemeAudio.Folder)).Select(Path.GetFileName).Order());
        var a = AudioReader.ReadAll(Path.Combine(_folder.Path, ThemeAudio.Folder, "a_1.wav"));
        Assert.InRange(a.Samples.Length / (double)a.SampleRate, 2, 8); // two seconds of notes, then the release and FluidSynth's tail
        Assert.Equal([truth[0] with { Theme = "a_1.wav" }, truth[1] with { Theme = "b_1.wav" }, truth[2] with { Theme = "b_1.wav" }],
            JsonFiles.Read<TruthEntry>(Path.Combine(_folder.Path, ThemeAudio.TruthFile)));
        Assert.Equal($"{Path.Combine(_folder.Path, CorpusBuilder.ThemesFolder, "c_1.mid")}: file not found", Assert.Single(skipped));
    }
}
